import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWebhooks1795562000000 implements MigrationInterface {
  name = 'CreateWebhooks1795562000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "webhooks"`);
    await queryRunner.query(`
            CREATE TABLE "webhooks"."endpoints" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "url" character varying(2048) NOT NULL,
                "event_types" text array NOT NULL,
                "enabled" boolean NOT NULL,
                "disabled_reason" character varying(500),
                "secret" character varying(100) NOT NULL,
                "previous_secret" character varying(100),
                "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE,
                "last_success_at" TIMESTAMP WITH TIME ZONE,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_70835610dfa54ad5d990e02f70a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "endpoints_by_workspace" ON "webhooks"."endpoints" ("workspace_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "webhooks"."deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "endpoint_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "event_type" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "status" character varying(16) NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "schedule_step" integer NOT NULL DEFAULT '0',
                "dispatch" integer NOT NULL DEFAULT '1',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_attempt_at" TIMESTAMP WITH TIME ZONE,
                "latency_ms" integer,
                "response_status" integer,
                "response_body" character varying(2048),
                "last_error" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "delivery_status_is_known" CHECK ("status" IN ('pending', 'delivered', 'failed')),
                CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "deliveries_once_per_endpoint_and_event" ON "webhooks"."deliveries" ("endpoint_id", "event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "deliveries_by_endpoint" ON "webhooks"."deliveries" ("endpoint_id", "created_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhooks"."deliveries"`);
    await queryRunner.query(`DROP TABLE "webhooks"."endpoints"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "webhooks"`);
  }
}
