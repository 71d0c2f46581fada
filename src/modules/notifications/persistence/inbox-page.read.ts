import type { EntityManager } from 'typeorm';

import type { InboxSubject } from '../domain/inbox-subject';
import type { NotificationKind } from '../domain/notification-kinds';

export interface InboxRow {
  id: string;
  workspaceId: string;
  kind: NotificationKind;
  taskId: string | null;
  commentId: string | null;
  actorId: string | null;
  subject: InboxSubject;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * One page of the user's items in the given workspaces, newest first: a backwards scan of
 * inbox_items_by_user (or of the partial unread index), starting strictly below `before`.
 */
export async function inboxPageOf(
  manager: EntityManager,
  query: {
    userId: string;
    workspaceIds: readonly string[];
    unreadOnly: boolean;
    before?: string;
    take: number;
  },
): Promise<InboxRow[]> {
  return manager.query(
    `SELECT id::text AS id, workspace_id AS "workspaceId", kind, task_id AS "taskId",
            comment_id AS "commentId", actor_id AS "actorId", subject,
            created_at AS "createdAt", read_at AS "readAt"
       FROM notifications.inbox_items
      WHERE user_id = $1 AND workspace_id = ANY($2::uuid[])
        AND ($3::boolean IS FALSE OR read_at IS NULL)
        AND ($4::bigint IS NULL OR id < $4::bigint)
      ORDER BY id DESC
      LIMIT $5`,
    [query.userId, query.workspaceIds, query.unreadOnly, query.before ?? null, query.take],
  );
}

/** The user's unread items in the given workspaces (the partial unread index). */
export async function unreadCountOf(
  manager: EntityManager,
  userId: string,
  workspaceIds: readonly string[],
): Promise<number> {
  const [row]: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM notifications.inbox_items
      WHERE user_id = $1 AND read_at IS NULL AND workspace_id = ANY($2::uuid[])`,
    [userId, workspaceIds],
  );
  return row?.n ?? 0;
}
