import { Command } from '@nestjs/cqrs';

import type { Actor } from '../../../../common/auth/actor';
import type { WorkspaceView } from '../workspace-view';

export class AcceptInvitationCommand extends Command<WorkspaceView> {
  constructor(
    readonly actor: Actor,
    readonly token: string,
  ) {
    super();
  }
}
