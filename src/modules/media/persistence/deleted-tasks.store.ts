import { type EntityManager, In } from 'typeorm';

import { DeletedTaskEntity } from './deleted-task.entity';

/** Idempotent: a task deleted twice (its own event, then its project's) is purged once. */
export async function recordDeletedTasks(
  manager: EntityManager,
  workspaceId: string,
  taskIds: readonly string[],
  eventId: string,
): Promise<void> {
  if (taskIds.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(DeletedTaskEntity)
    .values(taskIds.map((taskId) => ({ taskId, workspaceId, eventId })))
    .orIgnore()
    .execute();
}

export interface ClaimedDeletedTask {
  taskId: string;
  workspaceId: string;
}

/**
 * Deleted tasks still to purge, locked until the transaction ends (another purge skips them):
 * those of one deletion event, or, for the periodic catch-up, any recorded before `olderThanMs`.
 */
export async function claimDeletedTasks(
  manager: EntityManager,
  which: { eventId: string } | { olderThanMs: number },
  limit: number,
): Promise<ClaimedDeletedTask[]> {
  const [condition, parameter] =
    'eventId' in which
      ? ['event_id = $1', which.eventId]
      : [
          `deleted_at < now() - make_interval(secs => $1::double precision / 1000)`,
          which.olderThanMs,
        ];
  const rows: { task_id: string; workspace_id: string }[] = await manager.query(
    `SELECT task_id, workspace_id FROM media.deleted_tasks WHERE ${condition}
      ORDER BY deleted_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [parameter, limit],
  );
  return rows.map((row) => ({ taskId: row.task_id, workspaceId: row.workspace_id }));
}

export async function forgetDeletedTasks(
  manager: EntityManager,
  claimed: readonly ClaimedDeletedTask[],
): Promise<void> {
  if (claimed.length === 0) return;
  await manager.delete(DeletedTaskEntity, { taskId: In(claimed.map((task) => task.taskId)) });
}
