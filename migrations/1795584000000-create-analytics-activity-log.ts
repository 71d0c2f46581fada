import { MigrationInterface, QueryRunner } from 'typeorm';

/** The workspace activity log (docs/ANALYTICS.md, "Activity log"), fed by analytics.activity-log. */
export class CreateAnalyticsActivityLog1795584000000 implements MigrationInterface {
  name = 'CreateAnalyticsActivityLog1795584000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "analytics"."activity_log" (
                "event_id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "actor_id" uuid,
                "kind" character varying(60) NOT NULL,
                "subject_type" character varying(30) NOT NULL,
                "subject_id" uuid NOT NULL,
                "project_id" uuid,
                "task_id" uuid,
                "summary" jsonb NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "activity_log_pkey" PRIMARY KEY ("event_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "activity_log_by_workspace" ON "analytics"."activity_log" ("workspace_id", "occurred_at", "event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "activity_log_by_actor" ON "analytics"."activity_log" ("workspace_id", "actor_id", "occurred_at", "event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "activity_log_by_project" ON "analytics"."activity_log" ("workspace_id", "project_id", "occurred_at", "event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "activity_log_by_task" ON "analytics"."activity_log" ("workspace_id", "task_id", "occurred_at", "event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "activity_log_by_age" ON "analytics"."activity_log" ("occurred_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['by_age', 'by_task', 'by_project', 'by_actor', 'by_workspace']) {
      await queryRunner.query(`DROP INDEX "analytics"."activity_log_${index}"`);
    }
    await queryRunner.query(`DROP TABLE "analytics"."activity_log"`);
  }
}
