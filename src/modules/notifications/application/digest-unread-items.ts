import type { EntityManager } from 'typeorm';

import type { UnreadDigestItem } from '../domain/digest-mail';

/**
 * The seam through which the digest lists a member's unread notifications (docs/NOTIFICATIONS.md,
 * "Unread notifications in the digest"). The fan-out asks for this optional provider; until the
 * inbox binds it (to its store's `unreadDigestItemsOfMembers`), digests carry the count only.
 */
export const DIGEST_UNREAD_ITEMS = Symbol('DIGEST_UNREAD_ITEMS');

/** A member's unread items for the digest: the first `listed` of them, and how many in all. */
export interface MemberUnreadItems {
  items: UnreadDigestItem[];
  total: number;
}

export interface DigestUnreadItems {
  /**
   * For each of the members (one batch of the fan-out, in one query), their notifications in the
   * workspace still unread, created since `since`: the oldest `listed`, and the count. Members
   * without any are left out of the map.
   */
  unreadDigestItemsOfMembers(
    manager: EntityManager,
    workspaceId: string,
    userIds: readonly string[],
    since: Date,
    listed: number,
  ): Promise<Map<string, MemberUnreadItems>>;
}
