import { Command } from '@nestjs/cqrs';

export interface RevokeInvitationProps {
  readonly workspaceId: string;
  readonly invitationId: string;
}

export class RevokeInvitationCommand extends Command<void> {
  constructor(readonly props: RevokeInvitationProps) {
    super();
  }
}
