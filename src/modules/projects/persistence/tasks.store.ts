import type { EntityManager } from 'typeorm';

import { TaskNotFound } from '../domain/projects.errors';
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
): Promise<TaskEntity> {
  // Hand-written: every task write starts here, and TypeORM's findOne built the query and the
  // entity at a cost above the statement's own (docs/BENCHMARKS.md, "Request cost").
  const rows: Partial<TaskEntity>[] = await manager.query(
    `SELECT id, workspace_id AS "workspaceId", project_id AS "projectId", title, description,
            status, assignee_id AS "assigneeId", position::text AS position,
            created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt",
            completed_at AS "completedAt"
       FROM projects.tasks WHERE id = $1 AND workspace_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [taskId, workspaceId],
  );
  if (rows.length === 0) throw new TaskNotFound();
  return manager.create(TaskEntity, rows[0]);
}

/**
 * Writes the task's status and completion time and takes the new updated_at from the same
 * statement. `manager.save` first reloads the row it is handed to find what changed: one more
 * statement and the entity machinery on every complete and reopen (docs/BENCHMARKS.md).
 */
export async function writeTaskStatus(
  manager: EntityManager,
  task: TaskEntity,
): Promise<TaskEntity> {
  const [rows]: [{ updated_at: Date }[], number] = await manager.query(
    `UPDATE projects.tasks SET status = $1, completed_at = $2, updated_at = CURRENT_TIMESTAMP
      WHERE id = $3 RETURNING updated_at`,
    [task.status, task.completedAt, task.id],
  );
  task.updatedAt = rows[0].updated_at;
  return task;
}
