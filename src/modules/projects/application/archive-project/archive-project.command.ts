import { Command } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export class ArchiveProjectCommand extends Command<ProjectView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly projectId: string,
  ) {
    super();
  }
}
