import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Onboarding progress is in Redis; who has completed it is here, so that the completion and its
 * event commit together (docs/ONBOARDING.md, "Guarantees").
 */
export class CreateOnboardingCompletions1795574000000 implements MigrationInterface {
  name = 'CreateOnboardingCompletions1795574000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "onboarding"`);
    await queryRunner.query(`
      CREATE TABLE "onboarding"."completions" (
        "workspace_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "completions_pkey" PRIMARY KEY ("workspace_id", "user_id")
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "onboarding"."completions"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "onboarding"`);
  }
}
