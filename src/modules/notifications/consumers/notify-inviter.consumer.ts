import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { InvitationAcceptedV1 } from '../../identity/contracts/invitation-accepted.event';
import { InboxDelivery } from '../application/deliver-notification/inbox-delivery';
import { DEFAULT_DELIVERIES } from '../domain/notification-kinds';

/** `invitation-accepted`: whoever sent the invitation, while they are still a member. */
@EventConsumer({ name: 'notifications.inbox-invitations', events: [InvitationAcceptedV1] })
export class NotifyInviterConsumer implements AppliesEvents<InvitationAcceptedV1> {
  constructor(private readonly inbox: InboxDelivery) {}

  async apply(event: InvitationAcceptedV1, manager: EntityManager): Promise<void> {
    const { invitedBy, userId, role } = event.payload;
    if (invitedBy === userId) return;
    await this.inbox.deliver(manager, {
      userId: invitedBy,
      workspaceId: event.workspaceId,
      kind: 'invitation-accepted',
      defaultDelivery: DEFAULT_DELIVERIES['invitation-accepted'],
      actorId: userId,
      subject: { memberId: userId, role },
    });
  }
}
