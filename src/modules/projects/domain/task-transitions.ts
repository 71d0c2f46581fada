import type { TaskAssignedPayload } from '../contracts/task-assigned.event';
import type { TaskCompletedPayload } from '../contracts/task-completed.event';
import type { TaskReopenedPayload } from '../contracts/task-reopened.event';
import type { TaskStatus } from './task-status';
import { UNCHANGED, type AnnouncedTransition } from './transition';

/**
 * What the task rules read of a task. The stored entity (persistence/) has these fields and more,
 * so a handler passes the row it locked; the rules never see TypeORM.
 */
export interface TaskState {
  readonly id: string;
  readonly projectId: string;
  readonly status: TaskStatus;
  readonly assigneeId: string | null;
}

export interface TaskStatusChange {
  readonly status: TaskStatus;
  readonly completedAt: Date | null;
}

export interface TaskAssigneeChange {
  readonly assigneeId: string | null;
}

/** An open task becomes done at `now`; a done task stays as it is, with its first completion. */
export function completeTask(
  task: TaskState,
  now: Date,
): AnnouncedTransition<TaskStatusChange, TaskCompletedPayload> {
  if (task.status === 'done') return UNCHANGED;
  return {
    kind: 'changed',
    changes: { status: 'done', completedAt: now },
    eventPayload: {
      taskId: task.id,
      projectId: task.projectId,
      assigneeId: task.assigneeId,
      completedAt: now.toISOString(),
    },
  };
}

/** A done task becomes open again and loses its completion time; an open task stays open. */
export function reopenTask(
  task: TaskState,
): AnnouncedTransition<TaskStatusChange, TaskReopenedPayload> {
  if (task.status === 'open') return UNCHANGED;
  return {
    kind: 'changed',
    changes: { status: 'open', completedAt: null },
    eventPayload: { taskId: task.id, projectId: task.projectId },
  };
}

/**
 * The task gets `assigneeId` (null: nobody). Assigning whoever is assigned already is a PUT of what
 * is: unchanged. Whether the assignee is a member is not decided here: that takes a read of the
 * member list, which the handler does when the assignment changes.
 */
export function assignTask(
  task: TaskState,
  assigneeId: string | null,
): AnnouncedTransition<TaskAssigneeChange, TaskAssignedPayload> {
  if (task.assigneeId === assigneeId) return UNCHANGED;
  return {
    kind: 'changed',
    changes: { assigneeId },
    eventPayload: {
      taskId: task.id,
      projectId: task.projectId,
      assigneeId,
      previousAssigneeId: task.assigneeId,
    },
  };
}
