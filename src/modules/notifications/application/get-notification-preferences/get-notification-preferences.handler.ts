import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { preferencesOf } from '../../persistence/notification-preferences.store';
import {
  type NotificationPreferencesView,
  preferencesViewOf,
} from '../notification-preferences-view';
import { GetNotificationPreferencesQuery } from './get-notification-preferences.query';

@QueryHandler(GetNotificationPreferencesQuery)
export class GetNotificationPreferencesHandler implements IQueryHandler<GetNotificationPreferencesQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: GetNotificationPreferencesQuery): Promise<NotificationPreferencesView> {
    const chosen = await this.reads.run({ actorId: props.actorId }, (manager) =>
      preferencesOf(manager, props.actorId),
    );
    return preferencesViewOf(chosen);
  }
}
