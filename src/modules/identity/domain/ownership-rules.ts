import type { WorkspaceRole } from '../../../common/auth/workspace-role';
import { LastOwnerMustStay, OnlyOwnersManageOwners } from './identity.errors';

/** Rules for changing someone's role or membership, checked before any write. */
export function assertMayChangeMember(input: {
  actorRole: WorkspaceRole;
  targetRole: WorkspaceRole;
  newRole: WorkspaceRole | null; // null: the member leaves or is removed
  ownerCount: number;
}): void {
  const touchesOwner = input.targetRole === 'owner' || input.newRole === 'owner';
  if (touchesOwner && input.actorRole !== 'owner') throw new OnlyOwnersManageOwners();
  const losesOwner = input.targetRole === 'owner' && input.newRole !== 'owner';
  if (losesOwner && input.ownerCount <= 1) throw new LastOwnerMustStay();
}
