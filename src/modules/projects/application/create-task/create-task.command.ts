import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

export class CreateTaskCommand extends Command<TaskView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly projectId: string,
    readonly title: string,
    readonly description: string | null,
    readonly assigneeId: string | null,
  ) {
    super();
  }
}
