import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

/** Fields left undefined stay as they are; description null clears it. */
export interface TaskChanges {
  title?: string;
  description?: string | null;
}

export class UpdateTaskCommand extends Command<TaskView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly taskId: string,
    readonly changes: TaskChanges,
  ) {
    super();
  }
}
