import type { EntityManager } from 'typeorm';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';

/**
 * From identity's member events: who belongs, with which role. Keeps the member's address and
 * subscription; an upsert, so a role change for a member this projection never saw join still
 * leaves the right row.
 */
export async function recordMembership(
  manager: EntityManager,
  member: { workspaceId: string; userId: string; role: WorkspaceRole },
): Promise<void> {
  await manager.query(
    `INSERT INTO notifications.digest_members (workspace_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role`,
    [member.workspaceId, member.userId, member.role],
  );
}

export async function forgetMember(
  manager: EntityManager,
  member: { workspaceId: string; userId: string },
): Promise<void> {
  await manager.query(
    `DELETE FROM notifications.digest_members WHERE workspace_id = $1 AND user_id = $2`,
    [member.workspaceId, member.userId],
  );
}

/**
 * The member's own choice, with the address of their own session. The role is identity's: it is
 * written only when the row is new (the member event may not have arrived yet).
 */
export async function recordSubscription(
  manager: EntityManager,
  member: {
    workspaceId: string;
    userId: string;
    role: WorkspaceRole;
    email: string;
    subscribed: boolean;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO notifications.digest_members (workspace_id, user_id, role, email, subscribed)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (workspace_id, user_id)
     DO UPDATE SET email = excluded.email, subscribed = excluded.subscribed`,
    [member.workspaceId, member.userId, member.role, member.email, member.subscribed],
  );
}

/**
 * Workspaces with at least one subscribed member, after `after` in id order (keyset): the ones
 * the weekly schedule starts a digest for.
 */
export async function workspacesWithSubscribers(
  manager: EntityManager,
  page: { after: string | null; limit: number },
): Promise<string[]> {
  const rows: { workspace_id: string }[] = await manager.query(
    `SELECT DISTINCT workspace_id FROM notifications.digest_members
      WHERE subscribed AND ($1::uuid IS NULL OR workspace_id > $1::uuid)
      ORDER BY workspace_id
      LIMIT $2`,
    [page.after, page.limit],
  );
  return rows.map((row) => row.workspace_id);
}
