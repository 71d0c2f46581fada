import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users' addresses for the digest, fed by identity.user.registered.v1 (docs/NOTIFICATIONS.md). */
export class CreateNotificationMemberAddresses1795573000001 implements MigrationInterface {
  name = 'CreateNotificationMemberAddresses1795573000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notifications"."member_addresses" (
        "user_id" uuid NOT NULL,
        "email" character varying(254) NOT NULL,
        CONSTRAINT "member_addresses_pkey" PRIMARY KEY ("user_id")
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"."member_addresses"`);
  }
}
