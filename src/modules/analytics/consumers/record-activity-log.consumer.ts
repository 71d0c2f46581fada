import type { EntityManager } from 'typeorm';

import type { IntegrationEvent } from '../../../common/contracts/integration-event';
import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { activityKindOf } from '../domain/activity-log-entry';
import { ACTIVITY_LOG_EVENTS, describeActivity } from '../domain/describe-activity';
import { needsKnownTask, withKnownTask } from '../domain/known-task';
import { insertEntry, knownTask } from '../persistence/activity-log.store';

/**
 * Feeds the workspace activity log (docs/ANALYTICS.md, "Activity log"): one entry per event,
 * told by describeActivity. Separate from analytics.activity (the counters of the report), so
 * either can fail, retry or be replayed without touching the other.
 */
@EventConsumer({ name: 'analytics.activity-log', events: ACTIVITY_LOG_EVENTS })
export class RecordActivityLogConsumer implements AppliesEvents<IntegrationEvent> {
  async apply(event: IntegrationEvent, manager: EntityManager): Promise<void> {
    const described = describeActivity(event);
    if (!described) return;
    const draft = needsKnownTask(described)
      ? withKnownTask(described, await knownTask(manager, event.workspaceId, described.taskId))
      : described;
    await insertEntry(
      manager,
      {
        eventId: event.id,
        workspaceId: event.workspaceId,
        actorId: event.actorId,
        kind: activityKindOf(event.type),
        occurredAt: event.occurredAt,
      },
      draft,
    );
  }
}
