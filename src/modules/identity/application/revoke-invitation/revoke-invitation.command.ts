import { Command } from '@nestjs/cqrs';

export class RevokeInvitationCommand extends Command<void> {
  constructor(
    readonly workspaceId: string,
    readonly invitationId: string,
  ) {
    super();
  }
}
