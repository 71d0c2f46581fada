import { Command } from '@nestjs/cqrs';

import type { WorkspaceView } from '../workspace-view';

export interface CreateWorkspaceProps {
  /** The signed-in user: the new workspace's owner. */
  readonly actorId: string;
  readonly name: string;
}

export class CreateWorkspaceCommand extends Command<WorkspaceView> {
  constructor(readonly props: CreateWorkspaceProps) {
    super();
  }
}
