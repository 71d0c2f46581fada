import { Command } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export interface CreateProjectProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the project's creator and the event's actor. */
  readonly actorId: string;
  readonly name: string;
  readonly description: string | null;
}

export class CreateProjectCommand extends Command<ProjectView> {
  constructor(readonly props: CreateProjectProps) {
    super();
  }
}
