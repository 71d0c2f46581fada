import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on tasks, and the users' addresses their `@email` mentions are resolved with, fed by
 * identity.user.registered.v1 (docs/COMMENTS.md).
 */
export class CreateProjectsComments1795582000000 implements MigrationInterface {
  name = 'CreateProjectsComments1795582000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "projects"."comments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "task_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "body" text NOT NULL,
        "mentioned_user_ids" uuid array NOT NULL DEFAULT '{}',
        "position" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "edited_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "comment_body_length" CHECK (char_length("body") BETWEEN 1 AND 10000),
        CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "comments_by_task" ON "projects"."comments" ("task_id", "position")
    `);
    await queryRunner.query(`
      ALTER TABLE "projects"."comments" ADD CONSTRAINT "comments_task_fkey"
        FOREIGN KEY ("task_id") REFERENCES "projects"."tasks"("id")
        ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      CREATE TABLE "projects"."user_emails" (
        "user_id" uuid NOT NULL,
        "email" character varying(254) NOT NULL,
        CONSTRAINT "user_emails_pkey" PRIMARY KEY ("user_id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "user_emails_by_email" ON "projects"."user_emails" ("email")
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "projects"."user_emails_by_email"`);
    await queryRunner.query(`DROP TABLE "projects"."user_emails"`);
    await queryRunner.query(
      `ALTER TABLE "projects"."comments" DROP CONSTRAINT "comments_task_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "projects"."comments_by_task"`);
    await queryRunner.query(`DROP TABLE "projects"."comments"`);
  }
}
