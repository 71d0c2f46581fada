import type { InvitableRole } from '../domain/invitable-role';
import type { InvitationEntity } from '../persistence/invitation.entity';

/** A pending invitation as its workspace's admins see it. The token is only ever in the mail. */
export interface InvitationView {
  id: string;
  email: string;
  role: InvitableRole;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
}

export function invitationViewOf(invitation: InvitationEntity): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    invitedBy: invitation.invitedBy,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
