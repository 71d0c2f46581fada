import { MigrationInterface, QueryRunner } from 'typeorm';

/** The notifications module's schema: Slack connections, delivered events, task titles. */
export class CreateNotifications1795561000000 implements MigrationInterface {
  name = 'CreateNotifications1795561000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "notifications"`);
    await queryRunner.query(`
            CREATE TABLE "notifications"."slack_connections" (
                "workspace_id" uuid NOT NULL,
                "connection_id" uuid NOT NULL,
                "webhook_url" character varying(500) NOT NULL,
                "state" character varying(8) NOT NULL,
                "broken_reason" character varying(300),
                "broken_at" TIMESTAMP WITH TIME ZONE,
                "connected_by" uuid NOT NULL,
                "connected_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_delivered_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "slack_connection_state_is_known" CHECK ("state" IN ('active', 'broken')),
                CONSTRAINT "slack_connections_pkey" PRIMARY KEY ("workspace_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications"."slack_deliveries" (
                "event_id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "task_id" uuid NOT NULL,
                "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "slack_deliveries_pkey" PRIMARY KEY ("event_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications"."task_titles" (
                "task_id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "title" text NOT NULL,
                CONSTRAINT "task_titles_pkey" PRIMARY KEY ("task_id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"."task_titles"`);
    await queryRunner.query(`DROP TABLE "notifications"."slack_deliveries"`);
    await queryRunner.query(`DROP TABLE "notifications"."slack_connections"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "notifications"`);
  }
}
