import { MigrationInterface, QueryRunner } from 'typeorm';

const TASK_SEARCH =
  `setweight(to_tsvector('simple', "title"), 'A') || ` +
  `setweight(to_tsvector('simple', coalesce("description", '')), 'B')`;
const COMMENT_SEARCH = `to_tsvector('simple', "body")`;

/**
 * The workspace task view and its search (docs/adr/0021-task-search.md). The words of a task
 * and of each comment are generated columns, kept by Postgres on every write of their own row:
 * a comment write never touches its task. Every index says which query it serves (task.entity.ts);
 * test/projects/task-views-explain.e2e-spec.ts proves the view's queries use them.
 *
 * TypeORM records generated columns' expressions in typeorm_metadata to compare them with the
 * entities; this is the first generated column, so the table is created here.
 */
export class TaskViewsAndSearch1795591000001 implements MigrationInterface {
  name = 'TaskViewsAndSearch1795591000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE IF NOT EXISTS "typeorm_metadata" (
              "type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar,
              "name" varchar, "value" text)
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"."tasks" ADD "search" tsvector GENERATED ALWAYS AS (${TASK_SEARCH}) STORED NOT NULL
        `);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      ['projects', 'tasks', 'GENERATED_COLUMN', 'search', TASK_SEARCH],
    );
    await queryRunner.query(`
            ALTER TABLE "projects"."comments" ADD "search" tsvector GENERATED ALWAYS AS (${COMMENT_SEARCH}) STORED NOT NULL
        `);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      ['projects', 'comments', 'GENERATED_COLUMN', 'search', COMMENT_SEARCH],
    );
    await queryRunner.query(
      `CREATE INDEX "tasks_search" ON "projects"."tasks" USING gin ("search")`,
    );
    await queryRunner.query(
      `CREATE INDEX "comments_search" ON "projects"."comments" USING gin ("search")`,
    );
    await queryRunner.query(`
            CREATE INDEX "tasks_view_by_due" ON "projects"."tasks" ("workspace_id", "due_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_view_by_due_desc" ON "projects"."tasks" ("workspace_id", "due_at" DESC NULLS LAST, "id" DESC)
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_view_by_priority" ON "projects"."tasks" ("workspace_id", "priority", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_view_by_updated" ON "projects"."tasks" ("workspace_id", "updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_view_by_created" ON "projects"."tasks" ("workspace_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_view_by_assignee" ON "projects"."tasks" ("workspace_id", "assignee_id", "due_at", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'tasks_view_by_assignee',
      'tasks_view_by_created',
      'tasks_view_by_updated',
      'tasks_view_by_priority',
      'tasks_view_by_due_desc',
      'tasks_view_by_due',
      'comments_search',
      'tasks_search',
    ]) {
      await queryRunner.query(`DROP INDEX "projects"."${index}"`);
    }
    await queryRunner.query(`ALTER TABLE "projects"."comments" DROP COLUMN "search"`);
    await queryRunner.query(`ALTER TABLE "projects"."tasks" DROP COLUMN "search"`);
    await queryRunner.query(`DROP TABLE "typeorm_metadata"`);
  }
}
