import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { unreadCountOf } from '../../persistence/inbox-page.read';
import { CountUnreadNotificationsQuery } from './count-unread-notifications.query';

@QueryHandler(CountUnreadNotificationsQuery)
export class CountUnreadNotificationsHandler implements IQueryHandler<CountUnreadNotificationsQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: CountUnreadNotificationsQuery): Promise<{ unread: number }> {
    const unread = await this.reads.run({ actorId: props.actorId }, (manager) =>
      unreadCountOf(manager, props.actorId, props.workspaceIds),
    );
    return { unread };
  }
}
