import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A label's tasks from the index alone: `task_labels_by_label` gains `task_id`, so the workspace
 * task view filtered by a label reads the label's task ids with an index-only scan. With the
 * label alone, the planner read all of task_labels sequentially for a label on few tasks
 * (measured on `npm run seed:large` data: docs/adr/0021-task-search.md, "Measured").
 * task_labels is two uuids a row: rebuilding the index is quick, and blocks only label writes.
 */
export class IndexLabelTasksWithTheirIds1795592000000 implements MigrationInterface {
  name = 'IndexLabelTasksWithTheirIds1795592000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "projects"."task_labels_by_label"`);
    await queryRunner.query(
      `CREATE INDEX "task_labels_by_label" ON "projects"."task_labels" ("label_id", "task_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "projects"."task_labels_by_label"`);
    await queryRunner.query(
      `CREATE INDEX "task_labels_by_label" ON "projects"."task_labels" ("label_id")`,
    );
  }
}
