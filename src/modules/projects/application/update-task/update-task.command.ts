import { Command } from '@nestjs/cqrs';

import type { TaskFieldPatch } from '../../domain/task-fields';
import type { VersionPrecondition } from '../../domain/version-precondition';
import type { TaskView } from '../task-view';

/** Fields left undefined stay as they are; null clears a nullable one. */
export type TaskChanges = TaskFieldPatch;

export interface UpdateTaskProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the unit of work's audit actor. */
  readonly actorId: string;
  readonly taskId: string;
  readonly changes: TaskChanges;
  /** From `If-Match`: the task must still have one of these versions (412 otherwise). */
  readonly precondition?: VersionPrecondition;
}

export class UpdateTaskCommand extends Command<TaskView> {
  constructor(readonly props: UpdateTaskProps) {
    super();
  }
}
