import type { EntityManager } from 'typeorm';

import type { InboxRow } from './inbox-page.read';

const COLUMNS = `id::text AS id, workspace_id AS "workspaceId", kind, task_id AS "taskId",
            comment_id AS "commentId", actor_id AS "actorId", subject,
            created_at AS "createdAt", read_at AS "readAt"`;

/** One item with its owner, as the relay publishes it; undefined if it is gone already. */
export async function inboxItemOf(
  manager: EntityManager,
  id: string,
): Promise<(InboxRow & { userId: string }) | undefined> {
  const rows: (InboxRow & { userId: string })[] = await manager.query(
    `SELECT user_id AS "userId", ${COLUMNS} FROM notifications.inbox_items WHERE id = $1::bigint`,
    [id],
  );
  return rows[0];
}

/**
 * The user's items after `afterId` in the given workspaces, oldest first (a forward scan of
 * inbox_items_by_user): what a stream resumed with Last-Event-ID replays.
 */
export async function inboxItemsAfter(
  manager: EntityManager,
  query: { userId: string; workspaceIds: readonly string[]; afterId: string; take: number },
): Promise<InboxRow[]> {
  return manager.query(
    `SELECT ${COLUMNS}
       FROM notifications.inbox_items
      WHERE user_id = $1 AND workspace_id = ANY($2::uuid[]) AND id > $3::bigint
      ORDER BY id
      LIMIT $4`,
    [query.userId, query.workspaceIds, query.afterId, query.take],
  );
}
