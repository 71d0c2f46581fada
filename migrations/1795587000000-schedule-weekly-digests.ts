import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scheduled weekly digest (docs/NOTIFICATIONS.md, "Schedule"): a digest the schedule starts
 * has no requester, and carries the fire time it belongs to. The unique index makes it one digest
 * per workspace and fire time, however many scheduler runs reach it; requested digests have no
 * fire time, and NULLs never collide.
 */
export class ScheduleWeeklyDigests1795587000000 implements MigrationInterface {
  name = 'ScheduleWeeklyDigests1795587000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notifications"."digests" ALTER COLUMN "requested_by" DROP NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"."digests" ADD "scheduled_for" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "digests_once_per_schedule" ON "notifications"."digests" ("workspace_id", "scheduled_for")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "notifications"."digests_once_per_schedule"`);
    await queryRunner.query(`ALTER TABLE "notifications"."digests" DROP COLUMN "scheduled_for"`);
    await queryRunner.query(`DELETE FROM "notifications"."digests" WHERE "requested_by" IS NULL`);
    await queryRunner.query(`
            ALTER TABLE "notifications"."digests" ALTER COLUMN "requested_by" SET NOT NULL
        `);
  }
}
