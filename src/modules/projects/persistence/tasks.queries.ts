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
  const task = await manager.findOne(TaskEntity, {
    where: { id: taskId, workspaceId },
    ...(lock ? { lock: { mode: lock } } : {}),
  });
  if (!task) throw new TaskNotFound();
  return task;
}
