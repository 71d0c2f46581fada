import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { UserRegisteredV1 } from '../../identity/contracts/user-registered.event';

/**
 * Keeps projects.user_emails: the addresses `@email` mentions in comments are resolved with
 * (together with projects.members, so only members are ever found).
 */
@EventConsumer({ name: 'projects.user-emails', events: [UserRegisteredV1] })
export class UserEmailsConsumer implements AppliesEvents<UserRegisteredV1> {
  async apply(event: UserRegisteredV1, manager: EntityManager): Promise<void> {
    // Lower-cased again although identity sends it so: mentions are matched lower-cased.
    await manager.query(
      `INSERT INTO projects.user_emails (user_id, email) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET email = excluded.email`,
      [event.payload.userId, event.payload.email.toLowerCase()],
    );
  }
}
