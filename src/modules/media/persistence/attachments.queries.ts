import type { EntityManager } from 'typeorm';

import { AttachmentEntity, type AttachmentVariants } from './attachment.entity';

export function attachmentOf(
  manager: EntityManager,
  workspaceId: string,
  id: string,
): Promise<AttachmentEntity | null> {
  return manager.findOneBy(AttachmentEntity, { workspaceId, id });
}

export function attachmentsOfTask(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<AttachmentEntity[]> {
  return manager.find(AttachmentEntity, {
    where: { workspaceId, taskId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/** pending → processing, once; answers the row as it now is (null if gone). */
export async function startProcessing(
  manager: EntityManager,
  attachment: { workspaceId: string; id: string },
  change: { jobId: string; size: number },
): Promise<void> {
  await manager.update(
    AttachmentEntity,
    { workspaceId: attachment.workspaceId, id: attachment.id, status: 'pending' },
    { status: 'processing', jobId: change.jobId, size: change.size },
  );
}

/**
 * processing → ready, guarded: true only for the one call that made the transition, so a job
 * that runs twice records (and announces) the result once.
 */
export async function markReady(
  manager: EntityManager,
  id: string,
  variants: AttachmentVariants,
): Promise<boolean> {
  const result = await manager.update(
    AttachmentEntity,
    { id, status: 'processing' },
    { status: 'ready', variants, finishedAt: new Date() },
  );
  return result.affected === 1;
}

/** processing → failed, guarded like markReady. */
export async function markFailed(
  manager: EntityManager,
  id: string,
  reason: string,
): Promise<boolean> {
  const result = await manager.update(
    AttachmentEntity,
    { id, status: 'processing' },
    { status: 'failed', failureReason: reason.slice(0, 500), finishedAt: new Date() },
  );
  return result.affected === 1;
}
