import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

/** Fields left undefined stay as they are; description null clears it. */
export interface TaskChanges {
  readonly title?: string;
  readonly description?: string | null;
}

export interface UpdateTaskProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor. */
  readonly actorId: string;
  readonly taskId: string;
  readonly changes: TaskChanges;
}

export class UpdateTaskCommand extends Command<TaskView> {
  constructor(readonly props: UpdateTaskProps) {
    super();
  }
}
