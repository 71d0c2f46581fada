import type { EntityManager } from 'typeorm';

import type { InboxRow } from './inbox-page.read';

/**
 * For the weekly digest: the member's unread items of the workspace that they asked to get in the
 * digest (`delivery = 'digest'`), made after `since`, oldest first (partial index
 * inbox_items_for_digest). Read items are left out: the member has seen them.
 */
export async function unreadDigestItemsOf(
  manager: EntityManager,
  workspaceId: string,
  userId: string,
  since: Date,
): Promise<InboxRow[]> {
  return manager.query(
    `SELECT id::text AS id, workspace_id AS "workspaceId", kind, task_id AS "taskId",
            comment_id AS "commentId", actor_id AS "actorId", subject,
            created_at AS "createdAt", read_at AS "readAt"
       FROM notifications.inbox_items
      WHERE workspace_id = $1 AND user_id = $2 AND delivery = 'digest' AND read_at IS NULL
        AND created_at > $3
      ORDER BY created_at, id`,
    [workspaceId, userId, since],
  );
}
