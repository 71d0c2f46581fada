import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * analytics.task_facts follows moves and deletions (docs/ANALYTICS.md, "Reports"): `moved_at`
 * orders moves apart from state changes, `deleted_at` keeps a deleted task's row as a tombstone.
 * Both nullable: existing rows were never moved or deleted as far as analytics knows.
 */
export class TrackTaskMovesAndDeletionsInAnalytics1795581000001 implements MigrationInterface {
  name = 'TrackTaskMovesAndDeletionsInAnalytics1795581000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "analytics"."task_facts" ADD "moved_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "analytics"."task_facts" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "analytics"."task_facts" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "analytics"."task_facts" DROP COLUMN "moved_at"`);
  }
}
