import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * media.known_tasks: the task ids media accepts uploads for, fed by projects.task.created.v1
 * (docs/MEDIA.md, "Which tasks"); tasks older than the table are copied in by the next migration.
 * And an index for the sweep of uploads never completed.
 */
export class CreateMediaKnownTasks1795578000000 implements MigrationInterface {
  name = 'CreateMediaKnownTasks1795578000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "media"."known_tasks" (
                "task_id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                CONSTRAINT "known_tasks_pkey" PRIMARY KEY ("task_id")
            )
        `);
    // The sweep of uploads never completed (jobs/pending-upload-sweep.ts) reads only these rows.
    await queryRunner.query(
      `CREATE INDEX "attachments_pending_by_age" ON "media"."attachments" ("created_at") WHERE status = 'pending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "media"."attachments_pending_by_age"`);
    await queryRunner.query(`DROP TABLE "media"."known_tasks"`);
  }
}
