import { Command } from '@nestjs/cqrs';

import type { VersionPrecondition } from '../../domain/version-precondition';
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
  /** From `If-Match`: the project must still have one of these versions (412 otherwise). */
  readonly precondition?: VersionPrecondition;
}

export class UpdateProjectCommand extends Command<ProjectView> {
  constructor(readonly props: UpdateProjectProps) {
    super();
  }
}
