import type { EntityManager } from 'typeorm';

import { DigestEntity } from './digest.entity';

/**
 * Stores a digest's fixed content. A scheduled digest is one per workspace and fire time
 * (`digests_once_per_schedule`): when another run got there first, nothing is written (the
 * insert waits for that run's commit) and the stored digest is answered instead.
 */
export async function fixDigest(
  manager: EntityManager,
  digest: DigestEntity,
): Promise<Pick<DigestEntity, 'digestId' | 'completedTasks'>> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(DigestEntity)
    .values(digest)
    .orIgnore()
    .execute();
  const { workspaceId, scheduledFor } = digest;
  if (scheduledFor === null) return digest;
  return manager.findOneOrFail(DigestEntity, {
    where: { workspaceId, scheduledFor },
    select: { digestId: true, completedTasks: true },
  });
}
