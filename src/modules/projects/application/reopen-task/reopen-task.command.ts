import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

export class ReopenTaskCommand extends Command<TaskView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly taskId: string,
  ) {
    super();
  }
}
