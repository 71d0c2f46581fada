import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments of any file type: a content type is any `type/subtype` of up to 255 characters, no
 * longer one of four image types. And media.deleted_tasks: tasks projects deleted whose attachments
 * the worker has yet to purge (docs/MEDIA.md, "Deleted tasks").
 */
export class AttachmentsOfAnyType1795585000000 implements MigrationInterface {
  name = 'AttachmentsOfAnyType1795585000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "media"."attachments" ALTER COLUMN "content_type" TYPE character varying(255)`,
    );
    await queryRunner.query(`
            CREATE TABLE "media"."deleted_tasks" (
                "task_id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "deleted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "deleted_tasks_pkey" PRIMARY KEY ("task_id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "deleted_tasks_by_event" ON "media"."deleted_tasks" ("event_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "media"."deleted_tasks_by_event"`);
    await queryRunner.query(`DROP TABLE "media"."deleted_tasks"`);
    // Types longer than the old limit cannot go back: cut, as the application would have refused them.
    await queryRunner.query(
      `ALTER TABLE "media"."attachments" ALTER COLUMN "content_type" TYPE character varying(32) USING left("content_type", 32)`,
    );
  }
}
