import { MigrationInterface, QueryRunner } from 'typeorm';

/** The media module's schema: image attachments of tasks (docs/MEDIA.md). */
export class CreateMedia1795570000000 implements MigrationInterface {
  name = 'CreateMedia1795570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "media"`);
    await queryRunner.query(`
            CREATE TABLE "media"."attachments" (
                "id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "task_id" uuid NOT NULL,
                "file_name" character varying(255) NOT NULL,
                "content_type" character varying(32) NOT NULL,
                "size" bigint NOT NULL,
                "status" character varying(10) NOT NULL,
                "job_id" character varying(64),
                "failure_reason" character varying(500),
                "variants" jsonb,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "upload_expires_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "attachment_status_is_known"
                    CHECK ("status" IN ('pending', 'processing', 'ready', 'failed')),
                CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "attachments_by_task" ON "media"."attachments" ("workspace_id", "task_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "media"."attachments_by_task"`);
    await queryRunner.query(`DROP TABLE "media"."attachments"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "media"`);
  }
}
