import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { InvalidCursor } from '../../../../common/pagination/invalid-cursor.error';
import { decodeCursor } from '../../../../common/pagination/keyset-cursor';
import { type Page, pageOf } from '../../../../common/pagination/page';
import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { inboxPageOf } from '../../persistence/inbox-page.read';
import { type NotificationView, notificationViewOf } from '../notification-view';
import { ListNotificationsQuery } from './list-notifications.query';

/** The cursor names the list; `unread=true` is a list of its own (its pages end elsewhere). */
const listName = (unreadOnly: boolean) => (unreadOnly ? 'notifications-unread' : 'notifications');
const isItemId = (key: string | null) => key !== null && /^[1-9]\d{0,18}$/.test(key);

/** Newest first, keyset on the item id (unique, increasing): a page starts below the last one. */
@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: ListNotificationsQuery): Promise<Page<NotificationView>> {
    const list = listName(props.unreadOnly);
    const keys = props.cursor === undefined ? [] : decodeCursor(list, props.cursor, 1, isItemId);
    if (keys === undefined) throw new InvalidCursor();
    const rows = await this.reads.run({ actorId: props.actorId }, (manager) =>
      inboxPageOf(manager, {
        userId: props.actorId,
        workspaceIds: props.workspaceIds,
        unreadOnly: props.unreadOnly,
        before: keys[0] ?? undefined,
        take: props.limit + 1,
      }),
    );
    return pageOf(rows, props.limit, list, (row) => [row.id], notificationViewOf);
  }
}
