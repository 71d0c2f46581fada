import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Addresses of accounts made before projects.user_emails existed are copied into it, once, here:
 * the one place projects reads identity's data, as a one-off step of the upgrade run with the
 * migration role; at runtime projects learns addresses from identity.user.registered.v1 only.
 *
 * Announcing the old accounts again by event (as 1795573000000-announce-registered-users did for
 * accounts from before the event existed) would deliver a second identity.user.registered.v1 to
 * every other consumer of it. Accounts made while the upgrade runs arrive by their event too; the
 * copy skips users already there and the consumer overwrites with the same address. Nothing to do
 * on a new database.
 */
export class CopyExistingUserEmailsToProjects1795582000001 implements MigrationInterface {
  name = 'CopyExistingUserEmailsToProjects1795582000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO projects.user_emails (user_id, email)
      SELECT id, lower(email) FROM identity.users
      ON CONFLICT DO NOTHING
    `);
  }

  public async down(): Promise<void> {
    // The copies are indistinguishable from addresses learnt by event; the table's down drops them.
  }
}
