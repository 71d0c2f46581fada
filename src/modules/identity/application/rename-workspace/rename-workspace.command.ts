import { Command } from '@nestjs/cqrs';

export class RenameWorkspaceCommand extends Command<{ id: string; name: string }> {
  constructor(
    readonly workspaceId: string,
    readonly name: string,
  ) {
    super();
  }
}
