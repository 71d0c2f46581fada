import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { createWorkerApp } from '../../src/app/create-worker-app';
import type { WorkspaceRole } from '../../src/common/auth/workspace-role';
import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { ConsumerRegistry } from '../../src/infrastructure/events/consumer-registry';
import { MemberJoinedV1 } from '../../src/modules/identity/contracts/member-joined.event';
import { MemberLeftV1 } from '../../src/modules/identity/contracts/member-left.event';
import { MemberRoleChangedV1 } from '../../src/modules/identity/contracts/member-role-changed.event';
import { WorkspaceMembersConsumer } from '../../src/modules/projects/consumers/workspace-members.consumer';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

describe('projects.workspace-members: the membership projection', () => {
  const consumer = new WorkspaceMembersConsumer();
  let web: WebAppUnderTest;
  let dataSource: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    dataSource = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  const metadata = (workspaceId: string) => newEventMetadata(workspaceId, null);
  const joined = (workspaceId: string, userId: string, role: WorkspaceRole = 'member') =>
    new MemberJoinedV1({ userId, role, via: 'invitation' }, metadata(workspaceId));
  /** Applied the way the runner does it: inside a transaction, all writes through its manager. */
  const apply = (event: MemberJoinedV1 | MemberLeftV1 | MemberRoleChangedV1) =>
    dataSource.transaction((manager) => consumer.apply(event, manager));
  const rowsOf = (workspaceId: string) =>
    dataSource.query(
      `SELECT user_id AS "userId", role FROM projects.members WHERE workspace_id = $1 ORDER BY role`,
      [workspaceId],
    );

  it('adds on joined, updates on role-changed, removes on left', async () => {
    const [workspaceId, ann, bob] = [randomUUID(), randomUUID(), randomUUID()];
    await apply(joined(workspaceId, ann, 'owner'));
    await apply(joined(workspaceId, bob, 'viewer'));
    expect(await rowsOf(workspaceId)).toEqual([
      { userId: ann, role: 'owner' },
      { userId: bob, role: 'viewer' },
    ]);

    await apply(
      new MemberRoleChangedV1({ userId: bob, from: 'viewer', to: 'admin' }, metadata(workspaceId)),
    );
    expect(await rowsOf(workspaceId)).toContainEqual({ userId: bob, role: 'admin' });

    await apply(new MemberLeftV1({ userId: bob, reason: 'removed' }, metadata(workspaceId)));
    expect(await rowsOf(workspaceId)).toEqual([{ userId: ann, role: 'owner' }]);
  });

  it('converges when an event comes twice or a role change arrives for an unseen member', async () => {
    const [workspaceId, ann, cid] = [randomUUID(), randomUUID(), randomUUID()];
    const event = joined(workspaceId, ann);
    await apply(event);
    await apply(event);
    await apply(
      new MemberRoleChangedV1({ userId: cid, from: 'member', to: 'viewer' }, metadata(workspaceId)),
    );
    expect(await rowsOf(workspaceId)).toEqual([
      { userId: ann, role: 'member' },
      { userId: cid, role: 'viewer' },
    ]);
    const left = new MemberLeftV1({ userId: ann, reason: 'left' }, metadata(workspaceId));
    await apply(left);
    await apply(left);
    expect(await rowsOf(workspaceId)).toEqual([{ userId: cid, role: 'viewer' }]);
  });

  it('leaves other workspaces alone', async () => {
    const [one, two, ann] = [randomUUID(), randomUUID(), randomUUID()];
    await apply(joined(one, ann));
    await apply(joined(two, ann));
    await apply(new MemberLeftV1({ userId: ann, reason: 'left' }, metadata(one)));
    expect(await rowsOf(one)).toEqual([]);
    expect(await rowsOf(two)).toEqual([{ userId: ann, role: 'member' }]);
  });

  it('is registered in the worker for the three identity member events', async () => {
    // Initialised only: the registry is filled at start-up; the relay (not started) stays out of it.
    const worker = await createWorkerApp(testConfig());
    try {
      const registry = worker.get(ConsumerRegistry);
      for (const type of [MemberJoinedV1.TYPE, MemberLeftV1.TYPE, MemberRoleChangedV1.TYPE]) {
        expect(registry.consumersOf(type).map((registered) => registered.name)).toContain(
          'projects.workspace-members',
        );
      }
    } finally {
      await worker.close();
    }
  });
});
