import type { EntityManager } from 'typeorm';

import type { InboxSubject } from '../domain/inbox-subject';
import type { Delivery, NotificationKind } from '../domain/notification-kinds';

export interface NewInboxItem {
  userId: string;
  workspaceId: string;
  kind: NotificationKind;
  /** The kind's default, used when the user has chosen nothing for it. */
  defaultDelivery: Delivery;
  taskId?: string | null;
  commentId?: string | null;
  actorId: string | null;
  subject: InboxSubject;
}

/** The Postgres channel live delivery listens on (docs/NOTIFICATIONS.md, "Live delivery hook"). */
export const INBOX_CHANNEL = 'notifications_inbox';

/**
 * Adds the item in one statement, only when the user is a member of the workspace
 * (notifications.digest_members, fed by identity's events) and has not turned the kind `off`, and
 * at most once per user and comment. Announces it on INBOX_CHANNEL with `{userId, id}`: Postgres
 * delivers a NOTIFY only when the transaction commits, so listeners never see a rolled-back item.
 * Answers the new item's id and delivery, or undefined when none was added.
 */
export async function addInboxItem(
  manager: EntityManager,
  item: NewInboxItem,
): Promise<{ id: string; delivery: Exclude<Delivery, 'off'> } | undefined> {
  const rows: { id: string; delivery: Exclude<Delivery, 'off'> }[] = await manager.query(
    `WITH added AS (
       INSERT INTO notifications.inbox_items
              (user_id, workspace_id, kind, delivery, task_id, comment_id, actor_id, subject)
       SELECT m.user_id, m.workspace_id, $3, coalesce(p.delivery, $4), $5, $6, $7, $8::jsonb
         FROM notifications.digest_members m
         LEFT JOIN notifications.notification_preferences p
                ON p.user_id = m.user_id AND p.kind = $3
        WHERE m.workspace_id = $2 AND m.user_id = $1 AND coalesce(p.delivery, $4) <> 'off'
       ON CONFLICT (user_id, comment_id) WHERE comment_id IS NOT NULL DO NOTHING
       RETURNING id, user_id, delivery
     )
     SELECT id::text AS id, delivery,
            pg_notify('${INBOX_CHANNEL}', json_build_object('userId', user_id, 'id', id::text)::text)
       FROM added`,
    [
      item.userId,
      item.workspaceId,
      item.kind,
      item.defaultDelivery,
      item.taskId ?? null,
      item.commentId ?? null,
      item.actorId,
      JSON.stringify(item.subject),
    ],
  );
  const [added] = rows;
  return added ? { id: added.id, delivery: added.delivery } : undefined;
}

/** Marks one of the user's items read (again: keeps the first time). False: not theirs. */
export async function markRead(
  manager: EntityManager,
  userId: string,
  id: string,
  workspaceIds: readonly string[],
): Promise<boolean> {
  // A SELECT around the UPDATE: TypeORM answers a bare UPDATE with [rows, count], not rows.
  const rows: unknown[] = await manager.query(
    `WITH marked AS (
       UPDATE notifications.inbox_items SET read_at = coalesce(read_at, now())
        WHERE id = $1 AND user_id = $2 AND workspace_id = ANY($3::uuid[])
        RETURNING id
     )
     SELECT id FROM marked`,
    [id, userId, workspaceIds],
  );
  return rows.length > 0;
}

/** Marks the user's unread items read, in the given workspaces; answers how many. */
export async function markAllRead(
  manager: EntityManager,
  userId: string,
  workspaceIds: readonly string[],
): Promise<number> {
  const [row]: { n: number }[] = await manager.query(
    `WITH marked AS (
       UPDATE notifications.inbox_items SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND workspace_id = ANY($2::uuid[])
        RETURNING 1
     )
     SELECT count(*)::int AS n FROM marked`,
    [userId, workspaceIds],
  );
  return row?.n ?? 0;
}
