import { Command } from '@nestjs/cqrs';

import type { InvitableRole } from '../../domain/invitable-role';
import type { InvitationView } from '../invitation-view';

export interface InviteMemberProps {
  /** The signed-in user inviting: the invitation's `invitedBy`. */
  readonly actorId: string;
  /** The session's address: the invitation mail names the inviter by it. */
  readonly actorEmail: string;
  readonly workspaceId: string;
  readonly email: string;
  readonly role: InvitableRole;
}

export class InviteMemberCommand extends Command<InvitationView> {
  constructor(readonly props: InviteMemberProps) {
    super();
  }
}
