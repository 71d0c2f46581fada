import { Query } from '@nestjs/cqrs';

import type { NotificationPreferencesView } from '../notification-preferences-view';

export interface GetNotificationPreferencesProps {
  readonly actorId: string;
}

export class GetNotificationPreferencesQuery extends Query<NotificationPreferencesView> {
  constructor(readonly props: GetNotificationPreferencesProps) {
    super();
  }
}
