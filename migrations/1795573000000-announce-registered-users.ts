import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts made before identity published identity.user.registered.v1 were never announced, so
 * modules that keep addresses (notifications' digest) would not know them. Identity announces each
 * once, through the outbox, with the first workspace it belongs to; the relay delivers them after
 * the upgrade. Nothing to do on a new database.
 */
export class AnnounceRegisteredUsers1795573000000 implements MigrationInterface {
  name = 'AnnounceRegisteredUsers1795573000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH unannounced AS (
        SELECT gen_random_uuid() AS id, u.id AS user_id, u.email, u.created_at,
               (SELECT m.workspace_id FROM identity.memberships m
                 WHERE m.user_id = u.id ORDER BY m.joined_at LIMIT 1) AS workspace_id
          FROM identity.users u
         WHERE NOT EXISTS (
           SELECT 1 FROM messaging.outbox o
            WHERE o.type = 'identity.user.registered.v1'
              AND o.event->'payload'->>'userId' = u.id::text))
      INSERT INTO messaging.outbox (event_id, type, event)
      SELECT id, 'identity.user.registered.v1', jsonb_build_object(
               'id', id,
               'type', 'identity.user.registered.v1',
               'occurredAt', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'workspaceId', workspace_id,
               'actorId', user_id,
               'correlationId', 'migration-announce-registered-users',
               'payload', jsonb_build_object('userId', user_id, 'email', email))
        FROM unannounced
       WHERE workspace_id IS NOT NULL
    `);
  }

  public async down(): Promise<void> {
    // Events once published cannot be taken back; their effects belong to the consumers.
  }
}
