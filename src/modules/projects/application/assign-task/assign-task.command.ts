import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

/** `assigneeId` null unassigns the task. */
export class AssignTaskCommand extends Command<TaskView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly taskId: string,
    readonly assigneeId: string | null,
  ) {
    super();
  }
}
