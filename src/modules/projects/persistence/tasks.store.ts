import type { EntityManager } from 'typeorm';

import type { ProjectState } from '../domain/project-transitions';
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

/** A task about to change, and the state of the project it is in. */
export interface TaskToChange {
  task: StoredTask;
  project: ProjectState;
}

/**
 * The workspace's task, locked FOR UPDATE, with its project locked FOR SHARE, in one statement:
 * every task change (complete, reopen, assign, edit, move, delete) starts here, so that the rules
 * can refuse a task of an archived project (assertProjectIsActive) without a second round trip.
 *
 * The project's lock is what makes the check hold until commit: an archive (FOR UPDATE on the
 * project) waits for the task changes under way, and the ones after it see the archive. Postgres
 * takes a statement's row locks in the order of its locking clauses, so the project is locked
 * before the task, in the order of project delete (project, then its tasks): the two wait for each
 * other instead of deadlocking. A project deleted meanwhile leaves no row: TaskNotFound.
 */
export async function taskToChangeOf(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<TaskToChange> {
  const rows: (Partial<TaskEntity> & { labelIds: string[]; projectArchivedAt: Date | null })[] =
    await manager.query(
      `SELECT ${TASK_COLUMNS}, p.archived_at AS "projectArchivedAt"
       FROM projects.tasks t JOIN projects.projects p ON p.id = t.project_id
      WHERE t.id = $1 AND t.workspace_id = $2
      FOR SHARE OF p FOR UPDATE OF t`,
      [taskId, workspaceId],
    );
  if (rows.length === 0) throw new TaskNotFound();
  const { projectArchivedAt, labelIds, ...task } = rows[0];
  return {
    task: Object.assign(manager.create(TaskEntity, task), { labelIds }),
    project: { archivedAt: projectArchivedAt },
  };
}

/**
 * Puts the task at the end of `projectId`'s list: a new `position` from the same identity as a
 * new task's, so the moved task is, for anyone paging through its new project, a task added
 * there now; a cursor held in either list stays valid (positions stay unique and only grow).
 */
export async function writeTaskProject<T extends TaskEntity>(
  manager: EntityManager,
  task: T,
): Promise<T> {
  const [rows]: [{ position: string; updated_at: Date; version: number }[], number] =
    await manager.query(
      `UPDATE projects.tasks SET project_id = $1, position = DEFAULT, updated_at = CURRENT_TIMESTAMP
        WHERE id = $2 RETURNING position::text AS position, updated_at, version`,
      [task.projectId, task.id],
    );
  task.position = rows[0].position;
  task.updatedAt = rows[0].updated_at;
  task.version = rows[0].version;
  return task;
}

/** Deletes a task read by taskToChangeOf (so known to be in the workspace, and locked). */
export async function deleteTaskRow(manager: EntityManager, task: TaskEntity): Promise<void> {
  await manager.query(`DELETE FROM projects.tasks WHERE id = $1`, [task.id]);
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
