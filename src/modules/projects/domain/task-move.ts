import type { TaskMovedPayload } from '../contracts/task-moved.event';
import type { TaskState } from './task-transitions';
import { UNCHANGED, type AnnouncedTransition } from './transition';

export interface TaskProjectChange {
  readonly projectId: string;
}

/**
 * The task moves to `toProjectId`; moving it to the project it is in changes nothing. That both
 * projects are active and in the task's workspace is checked by the handler, with the rows it
 * locked (assertProjectIsActive); this rule only decides whether anything moves and what is said.
 */
export function moveTask(
  task: TaskState,
  toProjectId: string,
): AnnouncedTransition<TaskProjectChange, TaskMovedPayload> {
  if (task.projectId === toProjectId) return UNCHANGED;
  return {
    kind: 'changed',
    changes: { projectId: toProjectId },
    eventPayload: { taskId: task.id, fromProjectId: task.projectId, toProjectId },
  };
}
