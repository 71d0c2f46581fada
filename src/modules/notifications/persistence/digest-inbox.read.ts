import type { EntityManager } from 'typeorm';

import type { InboxRow } from './inbox-page.read';

/** An unread item of one member, with how many unread items that member has in all. */
export interface MemberDigestRow extends InboxRow {
  userId: string;
  total: number;
}

/**
 * For the weekly digest, one batch of members at once: each member's unread items of the workspace
 * that they asked to get in the digest (`delivery = 'digest'`), made after `since`, the oldest
 * `listed` of them (partial index inbox_items_for_digest), each row carrying the member's total.
 * Read items are left out: the member has seen them. One query per batch of the fan-out, not one
 * per member.
 */
export async function unreadDigestItemsOfMembers(
  manager: EntityManager,
  workspaceId: string,
  userIds: readonly string[],
  since: Date,
  listed: number,
): Promise<MemberDigestRow[]> {
  if (userIds.length === 0) return [];
  return manager.query(
    `SELECT id, "userId", "workspaceId", kind, "taskId", "commentId", "actorId", subject,
            "createdAt", "readAt", total
       FROM (SELECT id::text AS id, user_id::text AS "userId", workspace_id AS "workspaceId", kind,
                    task_id AS "taskId", comment_id AS "commentId", actor_id AS "actorId",
                    subject, created_at AS "createdAt", read_at AS "readAt",
                    row_number() OVER (PARTITION BY user_id ORDER BY created_at, id) AS place,
                    count(*) OVER (PARTITION BY user_id)::int AS total
               FROM notifications.inbox_items
              WHERE workspace_id = $1 AND user_id = ANY($2::uuid[]) AND delivery = 'digest'
                AND read_at IS NULL AND created_at > $3) AS unread
      WHERE place <= $4
      ORDER BY "userId", "createdAt", id`,
    [workspaceId, userIds, since, listed],
  );
}
