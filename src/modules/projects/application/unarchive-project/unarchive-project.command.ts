import { Command } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export interface UnarchiveProjectProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor and the event's actor. */
  readonly actorId: string;
  readonly projectId: string;
}

export class UnarchiveProjectCommand extends Command<ProjectView> {
  constructor(readonly props: UnarchiveProjectProps) {
    super();
  }
}
