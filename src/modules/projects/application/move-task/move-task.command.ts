import { Command } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

export interface MoveTaskProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor and the event's actor. */
  readonly actorId: string;
  readonly taskId: string;
  /** The project to move it to: another active project of the same workspace. */
  readonly toProjectId: string;
}

export class MoveTaskCommand extends Command<TaskView> {
  constructor(readonly props: MoveTaskProps) {
    super();
  }
}
