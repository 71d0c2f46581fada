import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

export interface ReopenTaskProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor and the event's actor. */
  readonly actorId: string;
  readonly taskId: string;
}

export class ReopenTaskCommand extends Command<TaskView> {
  constructor(readonly props: ReopenTaskProps) {
    super();
  }
}
