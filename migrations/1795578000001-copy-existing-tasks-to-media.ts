import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tasks created before media.known_tasks existed are copied into it, once, here: the one place
 * media's data is read across schemas, as a one-off step of the upgrade run with the migration
 * role; at runtime media learns tasks from projects.task.created.v1 only.
 *
 * Announcing the old tasks by event instead (as 1795540000000-publish-existing-memberships does)
 * would deliver a second projects.task.created.v1 to every other consumer: duplicate customer
 * webhooks, double counts in analytics. Tasks created while the upgrade runs arrive by their event
 * too; copy and consumer both skip ids already there. Nothing to do on a new database.
 */
export class CopyExistingTasksToMedia1795578000001 implements MigrationInterface {
  name = 'CopyExistingTasksToMedia1795578000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO media.known_tasks (task_id, workspace_id)
      SELECT id, workspace_id FROM projects.tasks
      ON CONFLICT DO NOTHING
    `);
  }

  public async down(): Promise<void> {
    // The copies are indistinguishable from ids learnt by event; the table's own down drops them.
  }
}
