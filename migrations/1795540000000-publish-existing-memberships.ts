import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Memberships that existed before identity published member events (issue 4) were never
 * announced, so consumers that build their own view of members (projects.workspace-members) would
 * not know them. Identity announces each once, through the outbox like any other event; the relay
 * delivers them after the upgrade. occurredAt is the original join time. Nothing to do on a new
 * database.
 */
export class PublishExistingMemberships1795540000000 implements MigrationInterface {
  name = 'PublishExistingMemberships1795540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH unannounced AS (
        SELECT gen_random_uuid() AS id, m.workspace_id, m.user_id, m.role, m.joined_at,
               CASE WHEN w.created_by = m.user_id THEN 'workspace-created' ELSE 'invitation' END AS via
          FROM identity.memberships m
          JOIN identity.workspaces w ON w.id = m.workspace_id
         WHERE NOT EXISTS (
           SELECT 1 FROM messaging.outbox o
            WHERE o.type = 'identity.member.joined.v1'
              AND o.event->>'workspaceId' = m.workspace_id::text
              AND o.event->'payload'->>'userId' = m.user_id::text))
      INSERT INTO messaging.outbox (event_id, type, event)
      SELECT id, 'identity.member.joined.v1', jsonb_build_object(
               'id', id,
               'type', 'identity.member.joined.v1',
               'occurredAt', to_char(joined_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'workspaceId', workspace_id,
               'actorId', user_id,
               'correlationId', 'migration-publish-existing-memberships',
               'payload', jsonb_build_object('userId', user_id, 'role', role, 'via', via))
        FROM unannounced
    `);
  }

  public async down(): Promise<void> {
    // Events once published cannot be taken back; their effects belong to the consumers.
  }
}
