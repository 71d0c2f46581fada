import { Command } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

/** Fields left undefined stay as they are; description null clears it. */
export interface ProjectChanges {
  readonly name?: string;
  readonly description?: string | null;
}

export interface UpdateProjectProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor. */
  readonly actorId: string;
  readonly projectId: string;
  readonly changes: ProjectChanges;
}

export class UpdateProjectCommand extends Command<ProjectView> {
  constructor(readonly props: UpdateProjectProps) {
    super();
  }
}
