import type { WorkspaceRole } from '../../../common/auth/workspace-role';

/** What sign-up and login answer: the opaque token is shown once, here, and never stored. */
export interface SignedIn {
  user: { id: string; email: string };
  session: { token: string; idleExpiresAt: string; absoluteExpiresAt: string };
  memberships: Record<string, WorkspaceRole>;
}
