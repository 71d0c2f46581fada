import type { EntityManager } from 'typeorm';

import type { Mention, MentionableMember } from '../domain/mentions';

/**
 * The members of the workspace among `mentions`, with their addresses, in one statement: from
 * projects.members (the membership projection) and projects.user_emails (the address projection),
 * never from identity. Addresses of non-members are never returned, so nothing here can tell a
 * caller whether an address is registered. No mentions, no statement.
 */
export async function mentionableMembersOf(
  manager: EntityManager,
  workspaceId: string,
  mentions: readonly Mention[],
): Promise<MentionableMember[]> {
  if (mentions.length === 0) return [];
  const userIds = mentions.flatMap((mention) => (mention.kind === 'user' ? [mention.userId] : []));
  const emails = mentions.flatMap((mention) => (mention.kind === 'email' ? [mention.email] : []));
  return manager.query(
    `SELECT m.user_id AS "userId", e.email
       FROM projects.members m
       LEFT JOIN projects.user_emails e ON e.user_id = m.user_id
      WHERE m.workspace_id = $1
        AND (m.user_id = ANY($2::uuid[]) OR e.email = ANY($3::text[]))`,
    [workspaceId, userIds, emails],
  );
}
