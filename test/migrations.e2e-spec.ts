import { join } from 'node:path';

import { DataSource, type DataSourceOptions } from 'typeorm';

import { ENTITY_GLOB, SCHEMA_OPTIONS } from '../src/infrastructure/database/data-source-options';
import { recreateDatabase, scratchDatabase, withDatabase } from './support/test-databases';
import { testConfig } from './support/test-config';

/** The SQL TypeORM would still have to run for the entities to match a freshly migrated database. */
async function pendingSchemaChanges(url: string, entities: string[]): Promise<string[]> {
  const options: DataSourceOptions = { ...SCHEMA_OPTIONS, url, entities };
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}

describe('migrations', () => {
  const primaryUrl = testConfig().database.primaryUrl;
  const scratch = scratchDatabase(
    process.env.TENFOLD_TEST_RUN ?? 'unset',
    process.env.JEST_WORKER_ID ?? 1,
    'migrations',
  );
  const scratchUrl = withDatabase(primaryUrl, scratch);

  beforeEach(() => recreateDatabase(primaryUrl, scratch));

  it('cover every entity: nothing is left for TypeORM to generate', async () => {
    expect(await pendingSchemaChanges(scratchUrl, [ENTITY_GLOB])).toEqual([]);
  });

  it('the check notices an entity change that has no migration', async () => {
    const fixture = join(__dirname, 'fixtures', 'entity-without-migration', '*.entity.ts');
    const pending = await pendingSchemaChanges(scratchUrl, [ENTITY_GLOB, fixture]);
    expect(pending.join('\n')).toMatch(/CREATE TABLE "system"."unmigrated_things"/);
  });

  it('revert cleanly, down to an empty schema', async () => {
    const dataSource = new DataSource({ ...SCHEMA_OPTIONS, url: scratchUrl });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations();
      for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration();
      const [{ count }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'public')`,
      );
      expect(applied.length).toBeGreaterThan(0);
      expect(count).toBe(0);
    } finally {
      await dataSource.destroy();
    }
  });
});
