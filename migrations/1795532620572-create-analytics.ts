import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAnalytics1795532620572 implements MigrationInterface {
  name = 'CreateAnalytics1795532620572';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "analytics"`);
    await queryRunner.query(`
            CREATE TABLE "analytics"."activity_facts" (
                "event_id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "project_id" uuid,
                "actor_id" uuid,
                "kind" character varying(40) NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_be6da6ca044acad477e9f87cae4" PRIMARY KEY ("event_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "activity_facts_by_workspace_and_time" ON "analytics"."activity_facts" ("workspace_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "analytics"."daily_counters" (
                "workspace_id" uuid NOT NULL,
                "project_id" uuid NOT NULL,
                "day" date NOT NULL,
                "kind" character varying(40) NOT NULL,
                "count" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_cc10b0989a709bcc910c95ee217" PRIMARY KEY ("workspace_id", "project_id", "day", "kind")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "analytics"."daily_counters"
        `);
    await queryRunner.query(`
            DROP INDEX "analytics"."activity_facts_by_workspace_and_time"
        `);
    await queryRunner.query(`
            DROP TABLE "analytics"."activity_facts"
        `);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "analytics"`);
  }
}
