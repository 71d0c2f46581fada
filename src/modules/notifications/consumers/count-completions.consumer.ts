import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import { utcDay } from '../domain/digest-period';
import { countCompletion } from '../persistence/daily-completions.store';

/** Counts completions per workspace and UTC day (of `completedAt`), for the weekly digest. */
@EventConsumer({ name: 'notifications.daily-completions', events: [TaskCompletedV1] })
export class CountCompletionsConsumer implements AppliesEvents<TaskCompletedV1> {
  async apply(event: TaskCompletedV1, manager: EntityManager): Promise<void> {
    const day = utcDay(new Date(event.payload.completedAt));
    await countCompletion(manager, { workspaceId: event.workspaceId, day });
  }
}
