import { Command } from '@nestjs/cqrs';

import type { WorkspaceView } from '../workspace-view';

export interface AcceptInvitationProps {
  /** The signed-in user joining: the unit of work's audit actor. */
  readonly actorId: string;
  /** The session's address: only the one the invitation was sent to may accept it. */
  readonly actorEmail: string;
  readonly token: string;
}

export class AcceptInvitationCommand extends Command<WorkspaceView> {
  constructor(readonly props: AcceptInvitationProps) {
    super();
  }
}
