import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Last known FX rates (USD base), seeded so that a fresh install quotes the common currencies
 * offline: seeded rows say so (`seeded`), carry the day they are for, and are replaced by the first
 * live answer for their currency (docs/BILLING.md).
 */
export class CreateBillingFxRates1795560000000 implements MigrationInterface {
  name = 'CreateBillingFxRates1795560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "billing"`);
    await queryRunner.query(`
            CREATE TABLE "billing"."fx_rates" (
                "currency" character varying(3) NOT NULL,
                "rate" numeric NOT NULL,
                "rate_date" date NOT NULL,
                "fetched_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "seeded" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_bdfd4b932ff672e02e4ba2850e8" PRIMARY KEY ("currency")
            )
        `);
    await queryRunner.query(`
            INSERT INTO "billing"."fx_rates" ("currency", "rate", "rate_date", "fetched_at", "seeded")
            VALUES ('EUR', 0.9217, '2026-11-27', now(), true),
                   ('GBP', 0.7884, '2026-11-27', now(), true),
                   ('JPY', 150.62, '2026-11-27', now(), true),
                   ('CHF', 0.8812, '2026-11-27', now(), true),
                   ('CAD', 1.3705, '2026-11-27', now(), true),
                   ('AUD', 1.5238, '2026-11-27', now(), true),
                   ('SEK', 10.6021, '2026-11-27', now(), true)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."fx_rates"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "billing"`);
  }
}
