import { Command } from '@nestjs/cqrs';

import type { RenamedWorkspaceView } from './renamed-workspace-view';

export interface RenameWorkspaceProps {
  readonly workspaceId: string;
  readonly name: string;
}

export class RenameWorkspaceCommand extends Command<RenamedWorkspaceView> {
  constructor(readonly props: RenameWorkspaceProps) {
    super();
  }
}
