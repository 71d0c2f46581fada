import type { EntityManager } from 'typeorm';

import type { UnreadDigestItem } from '../domain/digest-mail';

/**
 * The seam through which the digest lists a member's unread notifications (docs/NOTIFICATIONS.md,
 * "Unread notifications in the digest"). The fan-out asks for this optional provider; until the
 * inbox binds it (to its store's `unreadDigestItemsOf`), digests carry the count only.
 */
export const DIGEST_UNREAD_ITEMS = Symbol('DIGEST_UNREAD_ITEMS');

export interface DigestUnreadItems {
  /** The member's notifications in the workspace still unread, created since `since`. */
  unreadDigestItemsOf(
    manager: EntityManager,
    workspaceId: string,
    userId: string,
    since: Date,
  ): Promise<UnreadDigestItem[]>;
}
