import type { EntityManager } from 'typeorm';

import { TaskNotFound } from '../domain/projects.errors';
import { TASK_COLUMNS, type StoredTask } from './stored-task';
import { TaskEntity } from './task.entity';

/**
 * The workspace's task, or TaskNotFound (also for another workspace's id). With `lock`, the row is
 * held until the transaction ends: concurrent complete, reopen and assign calls on one task take
 * turns, so each real change is seen, and announced, exactly once.
 */
export async function taskOf(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
  lock?: 'pessimistic_write',
): Promise<StoredTask> {
  // Hand-written: every task write starts here, and TypeORM's findOne built the query and the
  // entity at a cost above the statement's own (docs/BENCHMARKS.md, "Request cost").
  const rows: (Partial<TaskEntity> & { labelIds: string[] })[] = await manager.query(
    `SELECT ${TASK_COLUMNS}
       FROM projects.tasks t WHERE t.id = $1 AND t.workspace_id = $2${lock ? ' FOR UPDATE OF t' : ''}`,
    [taskId, workspaceId],
  );
  if (rows.length === 0) throw new TaskNotFound();
  const { labelIds, ...row } = rows[0];
  return Object.assign(manager.create(TaskEntity, row), { labelIds });
}

/**
 * Writes the task's status and completion time and takes the new updated_at from the same
 * statement. `manager.save` first reloads the row it is handed to find what changed: one more
 * statement and the entity machinery on every complete and reopen (docs/BENCHMARKS.md).
 */
export async function writeTaskStatus<T extends TaskEntity>(
  manager: EntityManager,
  task: T,
): Promise<T> {
  const [rows]: [{ updated_at: Date; version: number }[], number] = await manager.query(
    `UPDATE projects.tasks SET status = $1, completed_at = $2, updated_at = CURRENT_TIMESTAMP
      WHERE id = $3 RETURNING updated_at, version`,
    [task.status, task.completedAt, task.id],
  );
  task.updatedAt = rows[0].updated_at;
  task.version = rows[0].version;
  return task;
}

/**
 * Writes the task's editable fields (labels are rows of their own: task-labels.store.ts) and
 * takes the new updated_at and version from the same statement. Also run when only the labels
 * changed: the task's version and updated_at move with its labels.
 */
export async function writeTaskFields(manager: EntityManager, task: StoredTask): Promise<void> {
  const [rows]: [{ updated_at: Date; version: number }[], number] = await manager.query(
    `UPDATE projects.tasks
        SET title = $1, description = $2, due_at = $3, due_time_zone = $4, start_on = $5,
            priority = $6, updated_at = CURRENT_TIMESTAMP
      WHERE id = $7 RETURNING updated_at, version`,
    [
      task.title,
      task.description,
      task.dueAt,
      task.dueTimeZone,
      task.startOn,
      task.priority,
      task.id,
    ],
  );
  task.updatedAt = rows[0].updated_at;
  task.version = rows[0].version;
}
