import { MigrationInterface, QueryRunner } from 'typeorm';

/** The weekly digest (docs/NOTIFICATIONS.md, "Weekly digest"): members, counts, digests, sends. */
export class CreateNotificationDigests1795572000000 implements MigrationInterface {
  name = 'CreateNotificationDigests1795572000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notifications"."digest_members" (
                "workspace_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" character varying(8) NOT NULL,
                "email" character varying(254),
                "subscribed" boolean NOT NULL DEFAULT true,
                CONSTRAINT "digest_members_pkey" PRIMARY KEY ("workspace_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications"."daily_completions" (
                "workspace_id" uuid NOT NULL,
                "day" date NOT NULL,
                "completed" integer NOT NULL,
                CONSTRAINT "daily_completions_pkey" PRIMARY KEY ("workspace_id", "day")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications"."digests" (
                "digest_id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "requested_by" uuid NOT NULL,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "completed_tasks" integer NOT NULL,
                CONSTRAINT "digests_pkey" PRIMARY KEY ("digest_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "digests_by_workspace" ON "notifications"."digests" ("workspace_id", "requested_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications"."digest_recipients" (
                "digest_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "mail_job_id" character varying(128) NOT NULL,
                "enqueued_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "digest_recipients_pkey" PRIMARY KEY ("digest_id", "user_id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"."digest_recipients"`);
    await queryRunner.query(`DROP INDEX "notifications"."digests_by_workspace"`);
    await queryRunner.query(`DROP TABLE "notifications"."digests"`);
    await queryRunner.query(`DROP TABLE "notifications"."daily_completions"`);
    await queryRunner.query(`DROP TABLE "notifications"."digest_members"`);
  }
}
