import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjects1795532514218 implements MigrationInterface {
  name = 'CreateProjects1795532514218';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "projects"`);
    await queryRunner.query(`
            CREATE TABLE "projects"."members" (
                "workspace_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                CONSTRAINT "member_role_is_known" CHECK ("role" IN ('owner', 'admin', 'member', 'viewer')),
                CONSTRAINT "PK_e243256062ac11ae7dc94d698b7" PRIMARY KEY ("workspace_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "projects"."projects" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "description" character varying(2000),
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "projects_by_workspace" ON "projects"."projects" ("workspace_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "projects"."tasks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "project_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" character varying(5000),
                "status" character varying(8) NOT NULL DEFAULT 'open',
                "assignee_id" uuid,
                "position" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "task_status_is_known" CHECK ("status" IN ('open', 'done')),
                CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_by_project_and_assignee" ON "projects"."tasks" ("project_id", "assignee_id", "position")
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_by_project_and_status" ON "projects"."tasks" ("project_id", "status", "position")
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_by_project" ON "projects"."tasks" ("project_id", "position")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "projects"."tasks_by_project"
        `);
    await queryRunner.query(`
            DROP INDEX "projects"."tasks_by_project_and_status"
        `);
    await queryRunner.query(`
            DROP INDEX "projects"."tasks_by_project_and_assignee"
        `);
    await queryRunner.query(`
            DROP TABLE "projects"."tasks"
        `);
    await queryRunner.query(`
            DROP INDEX "projects"."projects_by_workspace"
        `);
    await queryRunner.query(`
            DROP TABLE "projects"."projects"
        `);
    await queryRunner.query(`
            DROP TABLE "projects"."members"
        `);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "projects"`);
  }
}
