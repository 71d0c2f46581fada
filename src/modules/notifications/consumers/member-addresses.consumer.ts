import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { UserRegisteredV1 } from '../../identity/contracts/user-registered.event';

/** Keeps notifications.member_addresses: where the digest may write to each user. */
@EventConsumer({ name: 'notifications.member-addresses', events: [UserRegisteredV1] })
export class MemberAddressesConsumer implements AppliesEvents<UserRegisteredV1> {
  async apply(event: UserRegisteredV1, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO notifications.member_addresses (user_id, email) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET email = excluded.email`,
      [event.payload.userId, event.payload.email],
    );
  }
}
