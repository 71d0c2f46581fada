import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal notifications (docs/NOTIFICATIONS.md, "Personal notifications"): the inbox, who each
 * task concerns, and each user's delivery choice per kind.
 */
export class CreateNotificationInbox1795583000000 implements MigrationInterface {
  name = 'CreateNotificationInbox1795583000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notifications"."inbox_items" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "user_id" uuid NOT NULL,
        "workspace_id" uuid NOT NULL,
        "kind" character varying(24) NOT NULL,
        "delivery" character varying(8) NOT NULL,
        "task_id" uuid,
        "comment_id" uuid,
        "actor_id" uuid,
        "subject" jsonb NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        "mail_batch" character varying(80),
        CONSTRAINT "inbox_item_delivery_is_known" CHECK ("delivery" IN ('in-app', 'email', 'digest')),
        CONSTRAINT "inbox_items_pkey" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "inbox_items_one_per_comment" ON "notifications"."inbox_items" ("user_id", "comment_id") WHERE comment_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "inbox_items_for_digest" ON "notifications"."inbox_items" ("workspace_id", "user_id", "created_at") WHERE delivery = 'digest' AND read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "inbox_items_in_mail_batch" ON "notifications"."inbox_items" ("mail_batch") WHERE mail_batch IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "inbox_items_to_mail" ON "notifications"."inbox_items" ("user_id", "id") WHERE delivery = 'email' AND mail_batch IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "inbox_items_unread_by_user" ON "notifications"."inbox_items" ("user_id", "id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "inbox_items_by_user" ON "notifications"."inbox_items" ("user_id", "id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "notifications"."inbox_tasks" (
        "task_id" uuid NOT NULL,
        "workspace_id" uuid NOT NULL,
        "creator_id" uuid,
        "assignee_id" uuid,
        "assignee_since" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "inbox_tasks_pkey" PRIMARY KEY ("task_id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "notifications"."notification_preferences" (
        "user_id" uuid NOT NULL,
        "kind" character varying(24) NOT NULL,
        "delivery" character varying(8) NOT NULL,
        CONSTRAINT "notification_preference_delivery_is_known"
          CHECK ("delivery" IN ('in-app', 'email', 'digest', 'off')),
        CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id", "kind")
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"."notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notifications"."inbox_tasks"`);
    await queryRunner.query(`DROP TABLE "notifications"."inbox_items"`);
  }
}
