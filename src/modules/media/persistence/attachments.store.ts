import { type EntityManager, In } from 'typeorm';

import { IMAGE_TYPES } from '../domain/image-type';

import { AttachmentEntity, type AttachmentVariants } from './attachment.entity';

export function attachmentOf(
  manager: EntityManager,
  workspaceId: string,
  id: string,
): Promise<AttachmentEntity | null> {
  return manager.findOneBy(AttachmentEntity, { workspaceId, id });
}

/** Sort keys of the task's list: `created_at` in microseconds (as text, exact) and the id. */
export interface AttachmentListKeys {
  createdAt: string;
  id: string;
}

/**
 * One page of a task's attachments, oldest first, after the row with `after`'s keys: `limit + 1`
 * rows, so that pageOf can tell whether another page follows. The keys come back with each row
 * (created_at as microsecond text: a JavaScript Date would cut it to milliseconds and skip rows).
 */
export async function attachmentsOfTask(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
  page: { limit: number; after?: AttachmentListKeys; imagesOnly: boolean },
): Promise<{ row: AttachmentEntity; keys: AttachmentListKeys }[]> {
  const query = manager
    .createQueryBuilder(AttachmentEntity, 'a')
    .addSelect(
      `to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      'list_created_at',
    )
    .where('a.workspace_id = :workspaceId AND a.task_id = :taskId', { workspaceId, taskId })
    .orderBy('a.created_at', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .limit(page.limit + 1);
  if (page.after)
    query.andWhere('(a.created_at, a.id) > (:createdAt::timestamptz, :id::uuid)', page.after);
  if (page.imagesOnly)
    query.andWhere('a.content_type IN (:...imageTypes)', { imageTypes: IMAGE_TYPES });
  const { entities, raw } = await query.getRawAndEntities<{ list_created_at: string }>();
  return entities.map((row, i) => ({
    row,
    keys: { createdAt: raw[i].list_created_at, id: row.id },
  }));
}

/** pending → processing, once, with the checked size and type. */
export async function startProcessing(
  manager: EntityManager,
  attachment: { workspaceId: string; id: string },
  change: { jobId: string; size: number; contentType: string },
): Promise<void> {
  await manager.update(
    AttachmentEntity,
    { workspaceId: attachment.workspaceId, id: attachment.id, status: 'pending' },
    { status: 'processing', ...change },
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
 * that runs twice records (and announces) the result once. `variants` is null for a file that
 * has none (not an image).
 */
export async function markReady(
  manager: EntityManager,
  id: string,
  variants: AttachmentVariants | null,
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

/**
 * The attachments of deleted tasks that can go now: all but pending ones whose upload URL still
 * works. Those stay for the sweep of uploads never completed, which removes them (and whatever
 * lands through their URL) after MEDIA_PENDING_UPLOAD_TTL_MINUTES; removing them now would leave a
 * PUT that arrives later as an object without a row.
 */
export async function purgeableAttachmentsOf(
  manager: EntityManager,
  tasks: readonly { workspaceId: string; taskId: string }[],
): Promise<{ id: string; workspaceId: string }[]> {
  if (tasks.length === 0) return [];
  // (workspace_id, task_id) pairs: the attachments_by_task index answers each.
  const rows: { id: string; workspace_id: string }[] = await manager.query(
    `SELECT id, workspace_id FROM media.attachments
      WHERE (workspace_id, task_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
        AND (status <> 'pending' OR upload_expires_at IS NULL OR upload_expires_at < now())
      FOR UPDATE`,
    [tasks.map((task) => task.workspaceId), tasks.map((task) => task.taskId)],
  );
  return rows.map((row) => ({ id: row.id, workspaceId: row.workspace_id }));
}
