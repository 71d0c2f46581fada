import { Command } from '@nestjs/cqrs';

import type { TaskFieldPatch } from '../../domain/task-fields';
import type { TaskView } from '../task-view';

export interface CreateTaskProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the task's creator and the event's actor. */
  readonly actorId: string;
  readonly projectId: string;
  readonly title: string;
  readonly description: string | null;
  readonly assigneeId: string | null;
  /** Due date, start date, priority and labels as sent; left out: the defaults. */
  readonly fields: Omit<TaskFieldPatch, 'title' | 'description'>;
}

export class CreateTaskCommand extends Command<TaskView> {
  constructor(readonly props: CreateTaskProps) {
    super();
  }
}
