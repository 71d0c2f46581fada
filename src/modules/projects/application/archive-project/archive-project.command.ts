import { Command } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export interface ArchiveProjectProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor and the event's actor. */
  readonly actorId: string;
  readonly projectId: string;
}

export class ArchiveProjectCommand extends Command<ProjectView> {
  constructor(readonly props: ArchiveProjectProps) {
    super();
  }
}
