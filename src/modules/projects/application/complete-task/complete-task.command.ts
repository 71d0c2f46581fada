import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

export interface CompleteTaskProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor and the event's actor. */
  readonly actorId: string;
  readonly taskId: string;
}

export class CompleteTaskCommand extends Command<TaskView> {
  constructor(readonly props: CompleteTaskProps) {
    super();
  }
}
