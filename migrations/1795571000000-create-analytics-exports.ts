import { MigrationInterface, QueryRunner } from 'typeorm';

/** Report exports requested through POST …/analytics/exports (docs/ANALYTICS.md, "Exports"). */
export class CreateAnalyticsExports1795571000000 implements MigrationInterface {
  name = 'CreateAnalyticsExports1795571000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "analytics"."exports" (
                "id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "format" character varying(8) NOT NULL,
                "range_from" date NOT NULL,
                "range_to" date NOT NULL,
                "status" character varying(16) NOT NULL,
                "object_key" character varying(300),
                "rows" integer,
                "job_id" character varying(100) NOT NULL,
                "requested_by" uuid NOT NULL,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ready_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "exports_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "exports_by_workspace" ON "analytics"."exports" ("workspace_id", "requested_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "analytics"."exports_by_workspace"
        `);
    await queryRunner.query(`
            DROP TABLE "analytics"."exports"
        `);
  }
}
