import { Command } from '@nestjs/cqrs';

export interface RenameWorkspaceProps {
  readonly workspaceId: string;
  readonly name: string;
}

export class RenameWorkspaceCommand extends Command<{ id: string; name: string }> {
  constructor(readonly props: RenameWorkspaceProps) {
    super();
  }
}
