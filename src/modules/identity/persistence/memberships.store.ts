import type { EntityManager } from 'typeorm';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';
import { MembershipEntity } from './membership.entity';

export async function membershipsOf(
  manager: EntityManager,
  userId: string,
): Promise<Record<string, WorkspaceRole>> {
  const rows = await manager.find(MembershipEntity, { where: { userId } });
  return Object.fromEntries(rows.map((row) => [row.workspaceId, row.role]));
}

/** Locks the workspace's memberships for the rest of the transaction (last-owner checks). */
export async function lockMembers(
  manager: EntityManager,
  workspaceId: string,
): Promise<MembershipEntity[]> {
  return manager
    .createQueryBuilder(MembershipEntity, 'membership')
    .setLock('pessimistic_write')
    .where('membership.workspace_id = :workspaceId', { workspaceId })
    .getMany();
}

/** Whether the account registered with `email` (normalised) belongs to the workspace. */
export async function isMemberByEmail(
  manager: EntityManager,
  workspaceId: string,
  email: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM identity.memberships m JOIN identity.users u ON u.id = m.user_id
      WHERE m.workspace_id = $1 AND u.email = $2`,
    [workspaceId, email],
  );
  return rows.length > 0;
}
