import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { AnnounceRegisteredUsers1795573000000 } from '../../migrations/1795573000000-announce-registered-users';
import { runMigration } from '../support/run-migration';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/** The upgrade migration announces accounts made before identity published user.registered. */
describe('migration: announce registered users', () => {
  let web: WebAppUnderTest;
  let dataSource: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    dataSource = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  it('publishes one user.registered per unannounced account with a workspace, once', async () => {
    const [member, loner, workspaceId] = [randomUUID(), randomUUID(), randomUUID()];
    const email = `old-${member}@example.test`;
    // As an old database holds them: rows without events; the loner belongs to no workspace.
    await dataSource.query(
      `INSERT INTO identity.users (id, email, password_hash) VALUES ($1, $2, 'x'), ($3, $4, 'x')`,
      [member, email, loner, `loner-${loner}@example.test`],
    );
    await dataSource.query(
      `INSERT INTO identity.workspaces (id, name, created_by) VALUES ($1, 'Old', $2)`,
      [workspaceId, member],
    );
    await dataSource.query(
      `INSERT INTO identity.memberships (workspace_id, user_id, role) VALUES ($1, $2, 'owner')`,
      [workspaceId, member],
    );

    await runMigration(dataSource, new AnnounceRegisteredUsers1795573000000());
    await runMigration(dataSource, new AnnounceRegisteredUsers1795573000000());

    const events: { event: Record<string, unknown> }[] = await dataSource.query(
      `SELECT event FROM messaging.outbox
        WHERE type = 'identity.user.registered.v1' AND event->'payload'->>'userId' = ANY($1::text[])`,
      [[member, loner]],
    );
    expect(events.map((row) => row.event)).toEqual([
      expect.objectContaining({
        type: 'identity.user.registered.v1',
        workspaceId,
        actorId: member,
        payload: { userId: member, email },
      }),
    ]);
  });
});
