import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report's asOf is the newest event time in one workspace's facts. Without these it is a scan of
 * every tenant's facts (≈100 ms at 1M rows, growing with the table); with them, two index lookups.
 */
export class IndexTaskFactsByWorkspaceAndTime1795552000000 implements MigrationInterface {
  name = 'IndexTaskFactsByWorkspaceAndTime1795552000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "task_facts_state_changed_in_workspace" ON "analytics"."task_facts" ("workspace_id", "state_changed_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "task_facts_created_in_workspace" ON "analytics"."task_facts" ("workspace_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "analytics"."task_facts_created_in_workspace"`);
    await queryRunner.query(`DROP INDEX "analytics"."task_facts_state_changed_in_workspace"`);
  }
}
