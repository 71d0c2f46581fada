import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task fields (due date with its zone, start date, priority), workspace labels and the labels of
 * each task, and a version on tasks and projects for ETag / If-Match (docs/API.md, "Conditional
 * updates"). A trigger raises the version on every UPDATE of a row, whichever code path writes
 * it (assign, complete, a label's deletion, a future route), so an ETag can never go stale
 * silently.
 */
export class AddTaskFieldsAndLabels1795580000000 implements MigrationInterface {
  name = 'AddTaskFieldsAndLabels1795580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "projects"."labels" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "name" character varying(50) NOT NULL,
                "color" character varying(7) NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "label_color_is_hex" CHECK ("color" ~ '^#[0-9a-f]{6}$'),
                CONSTRAINT "PK_c0c4e97f76f1f3a268c7a70b925" PRIMARY KEY ("id")
            )
        `);
    // Names are unique per workspace ignoring case; the list pages through this index in order.
    await queryRunner.query(`
            CREATE UNIQUE INDEX "labels_name_per_workspace" ON "projects"."labels" ("workspace_id", lower("name"))
        `);
    await queryRunner.query(`
            CREATE TABLE "projects"."task_labels" (
                "task_id" uuid NOT NULL,
                "label_id" uuid NOT NULL,
                CONSTRAINT "PK_d46d4e476e3f6f8bf272b2bc1eb" PRIMARY KEY ("task_id", "label_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "task_labels_by_label" ON "projects"."task_labels" ("label_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"."task_labels"
              ADD CONSTRAINT "task_labels_task_fk" FOREIGN KEY ("task_id")
                REFERENCES "projects"."tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
              ADD CONSTRAINT "task_labels_label_fk" FOREIGN KEY ("label_id")
                REFERENCES "projects"."labels"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"."tasks"
              ADD "due_at" TIMESTAMP WITH TIME ZONE,
              ADD "due_time_zone" character varying(64),
              ADD "start_on" date,
              ADD "priority" smallint NOT NULL DEFAULT '0',
              ADD "version" integer NOT NULL DEFAULT '1',
              ADD CONSTRAINT "task_due_at_has_zone" CHECK (("due_at" IS NULL) = ("due_time_zone" IS NULL)),
              ADD CONSTRAINT "task_priority_is_known" CHECK ("priority" BETWEEN 0 AND 4)
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"."projects" ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            CREATE FUNCTION "projects"."next_row_version"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.version := OLD.version + 1;
              RETURN NEW;
            END
            $$
        `);
    for (const table of ['tasks', 'projects']) {
      await queryRunner.query(`
            CREATE TRIGGER "${table}_next_version" BEFORE UPDATE ON "projects"."${table}"
              FOR EACH ROW EXECUTE FUNCTION "projects"."next_row_version"()
        `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "projects_next_version" ON "projects"."projects"`);
    await queryRunner.query(`DROP TRIGGER "tasks_next_version" ON "projects"."tasks"`);
    await queryRunner.query(`DROP FUNCTION "projects"."next_row_version"()`);
    await queryRunner.query(`ALTER TABLE "projects"."projects" DROP COLUMN "version"`);
    await queryRunner.query(`
            ALTER TABLE "projects"."tasks"
              DROP CONSTRAINT "task_priority_is_known",
              DROP CONSTRAINT "task_due_at_has_zone",
              DROP COLUMN "version",
              DROP COLUMN "priority",
              DROP COLUMN "start_on",
              DROP COLUMN "due_time_zone",
              DROP COLUMN "due_at"
        `);
    await queryRunner.query(`DROP TABLE "projects"."task_labels"`);
    await queryRunner.query(`DROP TABLE "projects"."labels"`);
  }
}
