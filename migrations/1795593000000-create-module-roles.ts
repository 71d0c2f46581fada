import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One NOLOGIN role per module schema, `tenfold_<module>`, allowed into its own schema and into the
 * two shared `messaging` tables a module writes: the outbox (publish) and the inbox (its consumers'
 * deliveries). The login role becomes a member of each, so its connections can start as one
 * (docs/adr/0024-a-database-role-per-module.md).
 *
 * Roles are cluster-wide, and many databases share a cluster (every test run creates its own), so
 * CREATE ROLE tolerates a role that exists, even one created a moment ago by a concurrent run;
 * grants are per database and are made here every time. The list is written out rather than
 * imported: a migration must mean the same thing whatever the code looks like later.
 */
const MODULES = [
  'analytics',
  'billing',
  'identity',
  'media',
  'notifications',
  'onboarding',
  'projects',
  'system',
  'webhooks',
] as const;

export class CreateModuleRoles1795593000000 implements MigrationInterface {
  name = 'CreateModuleRoles1795593000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const module of MODULES) {
      const role = `tenfold_${module}`;
      await queryRunner.query(`
        DO $$ BEGIN
          CREATE ROLE ${role} NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$`);
      // The login role (it differs between dev, tests and CI) may then SET ROLE / start as it.
      await queryRunner.query(`
        DO $$ BEGIN
          EXECUTE format('GRANT ${role} TO %I', current_user);
        EXCEPTION WHEN unique_violation THEN NULL;
        END $$`);
      await queryRunner.query(`GRANT USAGE ON SCHEMA "${module}" TO ${role}`);
      await queryRunner.query(
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${module}" TO ${role}`,
      );
      await queryRunner.query(
        `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "${module}" TO ${role}`,
      );
      // Tables later migrations create (they run as the login role) are the module's too.
      await queryRunner.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA "${module}"
           GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
      );
      await queryRunner.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA "${module}"
           GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${role}`,
      );
      await queryRunner.query(`GRANT USAGE ON SCHEMA messaging TO ${role}`);
      await queryRunner.query(`GRANT INSERT ON messaging.outbox TO ${role}`);
      await queryRunner.query(`GRANT USAGE ON SEQUENCE messaging.outbox_position_seq TO ${role}`);
      // INSERT … ON CONFLICT DO NOTHING RETURNING event_id (consumer-runner.ts) reads the row back.
      await queryRunner.query(`GRANT SELECT, INSERT ON messaging.inbox TO ${role}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const module of MODULES) {
      const role = `tenfold_${module}`;
      await queryRunner.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA "${module}"
           REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${role}`,
      );
      await queryRunner.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA "${module}"
           REVOKE USAGE, SELECT, UPDATE ON SEQUENCES FROM ${role}`,
      );
      // Every privilege the role holds in this database; other databases keep theirs.
      await queryRunner.query(`DROP OWNED BY ${role}`);
      // The role goes only with its last database: elsewhere it still holds privileges.
      await queryRunner.query(`
        DO $$ BEGIN
          DROP ROLE ${role};
        EXCEPTION WHEN dependent_objects_still_exist THEN NULL;
        END $$`);
    }
  }
}
