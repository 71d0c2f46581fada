import { Command } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

/** Fields left undefined stay as they are; description null clears it. */
export interface ProjectChanges {
  name?: string;
  description?: string | null;
}

export class UpdateProjectCommand extends Command<ProjectView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly projectId: string,
    readonly changes: ProjectChanges,
  ) {
    super();
  }
}
