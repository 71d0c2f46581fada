import { Command } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export class CreateProjectCommand extends Command<ProjectView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly name: string,
    readonly description: string | null,
  ) {
    super();
  }
}
