import type { WorkspaceRole } from '../../../common/auth/workspace-role';

/** Ownership is never handed out by email: an owner promotes a member who has joined. */
export const INVITABLE_ROLES = ['admin', 'member', 'viewer'] as const satisfies WorkspaceRole[];
export type InvitableRole = (typeof INVITABLE_ROLES)[number];
