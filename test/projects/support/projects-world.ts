import { DataSource } from 'typeorm';

import type { WorkspaceRole } from '../../../src/common/auth/workspace-role';
import { newEventMetadata } from '../../../src/common/correlation/new-event-metadata';
import { MemberJoinedV1 } from '../../../src/modules/identity/contracts/member-joined.event';
import { WorkspaceMembersConsumer } from '../../../src/modules/projects/consumers/workspace-members.consumer';
import { bearer, signUp, type SignedInUser } from '../../harness/accounts';
import { testConfig } from '../../support/test-config';
import { WebAppUnderTest } from '../../support/web-app-under-test';

/** The web app with a rate limit these request-heavy tests never reach. */
export function startWebApp(): Promise<WebAppUnderTest> {
  return WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '100000' }));
}

/**
 * Feeds projects' membership projection as the worker would: no worker (relay) runs beside these
 * web-only tests, so the consumer is applied directly to the event identity would publish.
 */
export async function projectMember(
  web: WebAppUnderTest,
  workspaceId: string,
  userId: string,
  role: WorkspaceRole,
): Promise<void> {
  const event = new MemberJoinedV1(
    { userId, role, via: 'invitation' },
    newEventMetadata(workspaceId, userId),
  );
  await new WorkspaceMembersConsumer().apply(event, web.app.get(DataSource).manager);
}

/** A new user owning a new workspace, known to projects' membership projection. */
export async function signUpOwner(web: WebAppUnderTest, label: string): Promise<SignedInUser> {
  const owner = await signUp(web.http, label);
  await projectMember(web, owner.workspaceId, owner.id, 'owner');
  return owner;
}

/**
 * A new user with `role` in the owner's workspace: the membership row is written directly
 * (invitations are identity's business), then a role change through the API refreshes the user's
 * session, as in test/identity/memberships.e2e-spec.ts.
 */
export async function joinAs(
  web: WebAppUnderTest,
  owner: SignedInUser,
  role: Exclude<WorkspaceRole, 'owner'>,
  label: string = role,
): Promise<SignedInUser> {
  const user = await signUp(web.http, label);
  await web.app
    .get(DataSource)
    .query(`INSERT INTO identity.memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)`, [
      owner.workspaceId,
      user.id,
      role,
    ]);
  const sync = await web.http
    .put(`/v1/workspaces/${owner.workspaceId}/members/${user.id}/role`)
    .set(bearer(owner.token))
    .send({ role });
  if (sync.status !== 204) throw new Error(`role sync failed: ${sync.status} ${sync.text}`);
  await projectMember(web, owner.workspaceId, user.id, role);
  return { ...user, workspaceId: owner.workspaceId };
}

export interface StoredEvent {
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
}

/** The projects module's events in the workspace's outbox, oldest first. */
export async function projectEvents(
  web: WebAppUnderTest,
  workspaceId: string,
): Promise<StoredEvent[]> {
  const rows: { type: string; event: StoredEvent }[] = await web.app.get(DataSource).query(
    `SELECT type, event FROM messaging.outbox
        WHERE event->>'workspaceId' = $1 AND type LIKE 'projects.%' ORDER BY position`,
    [workspaceId],
  );
  return rows.map(({ type, event }) => ({ type, actorId: event.actorId, payload: event.payload }));
}
