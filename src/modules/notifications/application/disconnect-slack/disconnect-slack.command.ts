import { Command } from '@nestjs/cqrs';

export class DisconnectSlackCommand extends Command<void> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
  ) {
    super();
  }
}
