import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1795523891641 implements MigrationInterface {
  name = 'CreateIdentity1795523891641';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "identity"`);
    await queryRunner.query(`
            CREATE TABLE "identity"."invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "email" character varying(254) NOT NULL,
                "role" character varying(16) NOT NULL,
                "token_hash" character(64) NOT NULL,
                "invited_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"),
                CONSTRAINT "invitation_role_is_known" CHECK ("role" IN ('admin', 'member', 'viewer')),
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "identity"."memberships" (
                "workspace_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "membership_role_is_known" CHECK ("role" IN ('owner', 'admin', 'member', 'viewer')),
                CONSTRAINT "PK_b30e6ce2c364503f9840fa6440b" PRIMARY KEY ("workspace_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "memberships_by_user" ON "identity"."memberships" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "identity"."users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "password_hash" character varying(255) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "identity"."workspaces" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(100) NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_098656ae401f3e1a4586f47fd8e" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "identity"."workspaces"
        `);
    await queryRunner.query(`
            DROP TABLE "identity"."users"
        `);
    await queryRunner.query(`
            DROP INDEX "identity"."memberships_by_user"
        `);
    await queryRunner.query(`
            DROP TABLE "identity"."memberships"
        `);
    await queryRunner.query(`
            DROP TABLE "identity"."invitations"
        `);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "identity"`);
  }
}
