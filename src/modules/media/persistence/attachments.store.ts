import { type EntityManager, In } from 'typeorm';

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

/** Removes an attachment still pending (a refused upload); one already processing stays. */
export async function deletePending(
  manager: EntityManager,
  attachment: { workspaceId: string; id: string },
): Promise<void> {
  await manager.delete(AttachmentEntity, {
    workspaceId: attachment.workspaceId,
    id: attachment.id,
    status: 'pending',
  });
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

/**
 * Pending attachments announced more than `ttlMinutes` ago, oldest first, locked until the
 * transaction ends; rows another transaction holds (a complete, another sweep) are skipped.
 */
export async function claimAbandonedUploads(
  manager: EntityManager,
  ttlMinutes: number,
  limit: number,
): Promise<{ id: string; workspaceId: string }[]> {
  const rows: { id: string; workspace_id: string }[] = await manager.query(
    `SELECT id, workspace_id FROM media.attachments
      WHERE status = 'pending' AND created_at < now() - make_interval(mins => $1)
      ORDER BY created_at LIMIT $2
      FOR UPDATE SKIP LOCKED`,
    [ttlMinutes, limit],
  );
  return rows.map((row) => ({ id: row.id, workspaceId: row.workspace_id }));
}

export async function deleteClaimed(
  manager: EntityManager,
  claimed: { id: string }[],
): Promise<void> {
  if (claimed.length === 0) return;
  await manager.delete(AttachmentEntity, { id: In(claimed.map((row) => row.id)) });
}
