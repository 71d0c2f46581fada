import type { EntityManager } from 'typeorm';

import type { MailedItem } from '../domain/inbox-mail';

/**
 * Serialises, per user, "schedule a mail for my new item" (consumers) and "claim the items of a
 * mail" (the batch job), so no item is ever left unbatched behind a batch that already ran
 * (docs/NOTIFICATIONS.md, "Email, batched per recipient").
 */
export async function lockMailOf(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('notifications.inbox-mail'), hashtext($1))`,
    [userId],
  );
}

/** The user's oldest item waiting for a mail (it names the batch), or undefined. */
export async function oldestUnbatchedOf(
  manager: EntityManager,
  userId: string,
): Promise<string | undefined> {
  const [row]: { id: string | null }[] = await manager.query(
    `SELECT min(id)::text AS id FROM notifications.inbox_items
      WHERE user_id = $1 AND delivery = 'email' AND mail_batch IS NULL`,
    [userId],
  );
  return row?.id ?? undefined;
}

/**
 * Puts every item of the user still waiting for a mail into `batch`, unless the batch already has
 * items (a retried job: it mails exactly what the first attempt claimed).
 */
export async function claimMailBatch(
  manager: EntityManager,
  userId: string,
  batch: string,
): Promise<void> {
  await manager.query(
    `UPDATE notifications.inbox_items SET mail_batch = $2
      WHERE user_id = $1 AND delivery = 'email' AND mail_batch IS NULL
        AND NOT EXISTS (SELECT 1 FROM notifications.inbox_items WHERE mail_batch = $2)`,
    [userId, batch],
  );
}

/** The batch's items of workspaces the user still belongs to, oldest first, and their address. */
export async function mailBatchOf(
  manager: EntityManager,
  userId: string,
  batch: string,
): Promise<{ address: string | undefined; items: MailedItem[] }> {
  const items: MailedItem[] = await manager.query(
    `SELECT i.kind, i.workspace_id AS "workspaceId", i.task_id AS "taskId", i.subject
       FROM notifications.inbox_items i
       JOIN notifications.digest_members m
         ON m.workspace_id = i.workspace_id AND m.user_id = i.user_id
      WHERE i.mail_batch = $1 AND i.user_id = $2
      ORDER BY i.id`,
    [batch, userId],
  );
  const [row]: { email: string }[] = await manager.query(
    `SELECT email FROM notifications.member_addresses WHERE user_id = $1`,
    [userId],
  );
  return { address: row?.email, items };
}
