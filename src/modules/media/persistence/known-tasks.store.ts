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

/** Idempotent: a redelivered or replayed creation changes nothing. */
export async function recordKnownTask(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(KnownTaskEntity)
    .values({ taskId, workspaceId })
    .orIgnore()
    .execute();
}

/**
 * A deleted task takes no more uploads. (A redelivered creation is stopped by the inbox; only a
 * deletion overtaking its own first creation, which needs a retried delivery, would leave the id
 * known: an upload could then be announced for a task that is gone, and be swept as never done.)
 */
export async function forgetKnownTask(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<void> {
  await manager.delete(KnownTaskEntity, { workspaceId, taskId });
}

/** Throws TaskNotFound (404) unless media knows the task in this workspace. */
export async function assertTaskIsKnown(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<void> {
  if (!(await isKnownTask(manager, workspaceId, taskId))) throw new TaskNotFound();
}
