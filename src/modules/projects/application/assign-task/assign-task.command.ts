import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

export interface AssignTaskProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor and the event's actor. */
  readonly actorId: string;
  readonly taskId: string;
  /** null unassigns the task. */
  readonly assigneeId: string | null;
}

export class AssignTaskCommand extends Command<TaskView> {
  constructor(readonly props: AssignTaskProps) {
    super();
  }
}
