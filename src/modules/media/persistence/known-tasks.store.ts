import type { EntityManager } from 'typeorm';

import { TaskNotFound } from '../domain/media.errors';
import { KnownTaskEntity } from './known-task.entity';

/** Both ids must match: a task id of another workspace is as unknown as a made-up one. */
export function isKnownTask(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<boolean> {
  return manager.existsBy(KnownTaskEntity, { workspaceId, taskId });
}

/**
 * Idempotent: a redelivered or replayed creation changes nothing, and neither does a creation
 * delivered after its task's deletion (the deletion left a row in media.deleted_tasks).
 */
export async function recordKnownTask(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO media.known_tasks (task_id, workspace_id)
     SELECT $1, $2 WHERE NOT EXISTS (
       SELECT 1 FROM media.deleted_tasks WHERE task_id = $1 AND workspace_id = $2
     )
     ON CONFLICT DO NOTHING`,
    [taskId, workspaceId],
  );
}

/** Deleted tasks take no more uploads. Waits for uploads holding one of them (keepKnownTask). */
export async function forgetKnownTasks(
  manager: EntityManager,
  workspaceId: string,
  taskIds: readonly string[],
): Promise<void> {
  if (taskIds.length === 0) return;
  await manager.query(
    'DELETE FROM media.known_tasks WHERE workspace_id = $1 AND task_id = ANY($2::uuid[])',
    [workspaceId, taskIds],
  );
}

/** Throws TaskNotFound (404) unless media knows the task in this workspace. */
export async function assertTaskIsKnown(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<void> {
  if (!(await isKnownTask(manager, workspaceId, taskId))) throw new TaskNotFound();
}

/**
 * Like assertTaskIsKnown, and holds the task (FOR SHARE) until the transaction ends: an attachment
 * row written in it either commits before the task's deletion is recorded, so the purge finds it,
 * or finds the task gone. No upload in flight outlives its task unseen.
 */
export async function keepKnownTask(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<void> {
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM media.known_tasks WHERE workspace_id = $1 AND task_id = $2 FOR SHARE',
    [workspaceId, taskId],
  );
  if (rows.length === 0) throw new TaskNotFound();
}
