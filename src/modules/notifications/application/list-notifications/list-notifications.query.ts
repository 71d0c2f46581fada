import { Query } from '@nestjs/cqrs';

import type { Page } from '../../../../common/pagination/page';
import type { NotificationView } from '../notification-view';

export interface ListNotificationsProps {
  readonly actorId: string;
  /** The caller's workspaces, from the session: items of a workspace they left are not shown. */
  readonly workspaceIds: readonly string[];
  readonly unreadOnly: boolean;
  readonly limit: number;
  readonly cursor?: string;
}

export class ListNotificationsQuery extends Query<Page<NotificationView>> {
  constructor(readonly props: ListNotificationsProps) {
    super();
  }
}
