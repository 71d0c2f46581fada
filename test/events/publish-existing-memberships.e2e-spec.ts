import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { PublishExistingMemberships1795540000000 } from '../../migrations/1795540000000-publish-existing-memberships';
import { runMigration } from '../support/run-migration';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/** The upgrade migration announces memberships made before identity published member events. */
describe('migration: publish existing memberships', () => {
  let web: WebAppUnderTest;
  let dataSource: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    dataSource = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  it('publishes one member.joined per unannounced membership, once, however often it runs', async () => {
    const [owner, member, workspaceId] = [randomUUID(), randomUUID(), randomUUID()];
    // As an old database holds them: rows without events.
    await dataSource.query(
      `INSERT INTO identity.workspaces (id, name, created_by) VALUES ($1, 'Old', $2)`,
      [workspaceId, owner],
    );
    await dataSource.query(
      `INSERT INTO identity.memberships (workspace_id, user_id, role, joined_at)
       VALUES ($1, $2, 'owner', '2026-01-02T03:04:05.678Z'), ($1, $3, 'viewer', now())`,
      [workspaceId, owner, member],
    );

    await runMigration(dataSource, new PublishExistingMemberships1795540000000());
    await runMigration(dataSource, new PublishExistingMemberships1795540000000());

    const rows: { event: Record<string, unknown> }[] = await dataSource.query(
      `SELECT event FROM messaging.outbox WHERE event->>'workspaceId' = $1 ORDER BY event->'payload'->>'role'`,
      [workspaceId],
    );
    expect(rows.map((r) => r.event)).toEqual([
      expect.objectContaining({
        type: 'identity.member.joined.v1',
        occurredAt: '2026-01-02T03:04:05.678Z',
        actorId: owner,
        payload: { userId: owner, role: 'owner', via: 'workspace-created' },
      }),
      expect.objectContaining({
        payload: { userId: member, role: 'viewer', via: 'invitation' },
      }),
    ]);
    // The stored id is the event id, as for every event the outbox holds.
    const ids = await dataSource.query(
      `SELECT count(*)::int AS n FROM messaging.outbox WHERE event->>'workspaceId' = $1 AND event->>'id' = event_id::text`,
      [workspaceId],
    );
    expect(ids[0].n).toBe(2);
  });
});
