import { Command } from '@nestjs/cqrs';

export class DeleteTaskCommand extends Command<void> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly taskId: string,
  ) {
    super();
  }
}
