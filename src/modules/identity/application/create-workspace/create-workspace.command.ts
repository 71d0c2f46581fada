import { Command } from '@nestjs/cqrs';

import type { WorkspaceView } from '../workspace-view';

export class CreateWorkspaceCommand extends Command<WorkspaceView> {
  constructor(
    readonly userId: string,
    readonly name: string,
  ) {
    super();
  }
}
