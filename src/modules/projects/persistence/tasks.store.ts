import type { EntityManager } from 'typeorm';

import type { ProjectState } from '../domain/project-transitions';
import { TaskNotFound } from '../domain/projects.errors';
import { TaskEntity } from './task.entity';

/** A task row's columns as TaskEntity names them, read from `projects.tasks t`. */
const TASK_COLUMNS = `t.id, t.workspace_id AS "workspaceId", t.project_id AS "projectId", t.title,
  t.description, t.status, t.assignee_id AS "assigneeId", t.position::text AS position,
  t.created_by AS "createdBy", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
  t.completed_at AS "completedAt"`;

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
    `SELECT ${TASK_COLUMNS}
       FROM projects.tasks t WHERE t.id = $1 AND t.workspace_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [taskId, workspaceId],
  );
  if (rows.length === 0) throw new TaskNotFound();
  return manager.create(TaskEntity, rows[0]);
}

/** A task about to change, and the state of the project it is in. */
export interface TaskToChange {
  task: TaskEntity;
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
  const rows: (Partial<TaskEntity> & { projectArchivedAt: Date | null })[] = await manager.query(
    `SELECT ${TASK_COLUMNS}, p.archived_at AS "projectArchivedAt"
       FROM projects.tasks t JOIN projects.projects p ON p.id = t.project_id
      WHERE t.id = $1 AND t.workspace_id = $2
      FOR SHARE OF p FOR UPDATE OF t`,
    [taskId, workspaceId],
  );
  if (rows.length === 0) throw new TaskNotFound();
  const { projectArchivedAt, ...task } = rows[0];
  return { task: manager.create(TaskEntity, task), project: { archivedAt: projectArchivedAt } };
}

/**
 * Puts the task at the end of `projectId`'s list: a new `position` from the same identity as a
 * new task's, so the moved task is, for anyone paging through its new project, a task added
 * there now; a cursor held in either list stays valid (positions stay unique and only grow).
 */
export async function writeTaskProject(
  manager: EntityManager,
  task: TaskEntity,
): Promise<TaskEntity> {
  const [rows]: [{ position: string; updated_at: Date }[], number] = await manager.query(
    `UPDATE projects.tasks SET project_id = $1, position = DEFAULT, updated_at = CURRENT_TIMESTAMP
      WHERE id = $2 RETURNING position::text AS position, updated_at`,
    [task.projectId, task.id],
  );
  task.position = rows[0].position;
  task.updatedAt = rows[0].updated_at;
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
