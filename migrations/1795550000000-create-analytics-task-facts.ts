import { MigrationInterface, QueryRunner } from 'typeorm';

/** The per-task read model behind GET …/analytics/reports (docs/ANALYTICS.md, "Reports"). */
export class CreateAnalyticsTaskFacts1795550000000 implements MigrationInterface {
  name = 'CreateAnalyticsTaskFacts1795550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "analytics"."task_facts" (
                "task_id" uuid PRIMARY KEY,
                "workspace_id" uuid NOT NULL,
                "project_id" uuid NOT NULL,
                "assignee_id" uuid NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NULL,
                "completed_at" TIMESTAMP WITH TIME ZONE NULL,
                "state_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "task_facts_completed_in_workspace" ON "analytics"."task_facts" ("workspace_id", "completed_at") WHERE completed_at IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "analytics"."task_facts_completed_in_workspace"
        `);
    await queryRunner.query(`
            DROP TABLE "analytics"."task_facts"
        `);
  }
}
