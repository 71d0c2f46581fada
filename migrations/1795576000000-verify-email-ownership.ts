import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email ownership (docs/adr/0016-email-ownership.md): when an address was verified, who is a
 * platform admin (granted here, no longer matched by email at login), and the mailed single-use
 * tokens, stored as SHA-256 only. Existing users start unverified: nobody ever proved their address.
 */
export class VerifyEmailOwnership1795576000000 implements MigrationInterface {
  name = 'VerifyEmailOwnership1795576000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "identity"."account_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "purpose" character varying(16) NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_167033390a71c52224c7c636c8b" UNIQUE ("token_hash"),
                CONSTRAINT "account_token_purpose_is_known" CHECK ("purpose" IN ('verify-email', 'reset-password')),
                CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "account_tokens_by_user_and_purpose" ON "identity"."account_tokens" ("user_id", "purpose")
        `);
    await queryRunner.query(`
            ALTER TABLE "identity"."users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "identity"."users" ADD "is_platform_admin" boolean NOT NULL DEFAULT false
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "identity"."users" DROP COLUMN "is_platform_admin"
        `);
    await queryRunner.query(`
            ALTER TABLE "identity"."users" DROP COLUMN "email_verified_at"
        `);
    await queryRunner.query(`
            DROP INDEX "identity"."account_tokens_by_user_and_purpose"
        `);
    await queryRunner.query(`
            DROP TABLE "identity"."account_tokens"
        `);
  }
}
