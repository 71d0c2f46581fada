import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * notifications.task_titles follows renames (docs/NOTIFICATIONS.md, "Task titles"): a title
 * replaces the stored one only if its event is not older. Null for existing rows: their title is
 * as at creation, and any rename after this migration replaces it.
 */
export class DateTaskTitles1795581000002 implements MigrationInterface {
  name = 'DateTaskTitles1795581000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notifications"."task_titles" ADD "title_changed_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notifications"."task_titles" DROP COLUMN "title_changed_at"`,
    );
  }
}
