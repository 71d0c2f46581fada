import type { DataSource, MigrationInterface } from 'typeorm';

/** Runs one migration's `up` on the primary, as the TypeORM CLI would (upgrade migrations' tests). */
export async function runMigration(dataSource: DataSource, migration: MigrationInterface) {
  const runner = dataSource.createQueryRunner('master');
  try {
    await migration.up(runner);
  } finally {
    await runner.release();
  }
}
