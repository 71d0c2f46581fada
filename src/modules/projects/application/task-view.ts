import type { TaskStatus } from '../domain/task-status';
import type { TaskRow } from '../persistence/task-page.read';
import type { TaskEntity } from '../persistence/task.entity';

/** A task as clients see it; its position stays internal (cursors carry it, opaquely). */
export interface TaskView {
  id: string;
  projectId: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  assigneeId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
}

/** An entity (after a write) or a row read for a list: both carry the fields a view shows. */
export function taskViewOf(task: TaskEntity | TaskRow): TaskView {
  return {
    id: task.id,
    projectId: task.projectId,
    title: task.title,
    description: task.description,
    status: task.status,
    assigneeId: task.assigneeId,
    createdBy: task.createdBy,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    completedAt: task.completedAt?.toISOString() ?? null,
  };
}
