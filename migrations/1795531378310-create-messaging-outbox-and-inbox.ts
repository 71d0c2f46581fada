import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMessagingOutboxAndInbox1795531378310 implements MigrationInterface {
  name = 'CreateMessagingOutboxAndInbox1795531378310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "messaging"`);
    await queryRunner.query(`
            CREATE TABLE "messaging"."inbox" (
                "consumer" character varying(100) NOT NULL,
                "event_id" uuid NOT NULL,
                "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_625a303addbbe1f30d3f65ed7fe" PRIMARY KEY ("consumer", "event_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "inbox_by_handled_at" ON "messaging"."inbox" ("handled_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "messaging"."outbox" (
                "position" BIGSERIAL NOT NULL,
                "event_id" uuid NOT NULL,
                "type" character varying(200) NOT NULL,
                "event" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "dead_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_cc0c9e40998e45ecfc5e313429d" UNIQUE ("event_id"),
                CONSTRAINT "PK_eaeb48f0dd30890d452d108804b" PRIMARY KEY ("position")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_published" ON "messaging"."outbox" ("published_at")
            WHERE published_at IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_pending" ON "messaging"."outbox" ("next_attempt_at", "position")
            WHERE published_at IS NULL
                AND dead_at IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "messaging"."outbox_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "messaging"."outbox_published"
        `);
    await queryRunner.query(`
            DROP TABLE "messaging"."outbox"
        `);
    await queryRunner.query(`
            DROP INDEX "messaging"."inbox_by_handled_at"
        `);
    await queryRunner.query(`
            DROP TABLE "messaging"."inbox"
        `);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "messaging"`);
  }
}
