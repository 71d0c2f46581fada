import { Command } from '@nestjs/cqrs';

import type { Actor } from '../../../../common/auth/actor';
import type { InvitableRole } from '../../domain/invitable-role';
import type { InvitationView } from '../invitation-view';

export class InviteMemberCommand extends Command<InvitationView> {
  constructor(
    readonly actor: Actor,
    readonly workspaceId: string,
    readonly email: string,
    readonly role: InvitableRole,
  ) {
    super();
  }
}
