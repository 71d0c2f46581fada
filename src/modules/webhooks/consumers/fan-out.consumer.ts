import type { EntityManager } from 'typeorm';

import type { IntegrationEvent } from '../../../common/contracts/integration-event';
import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { DeliveryQueue } from '../application/delivery-queue';
import { PUBLIC_EVENTS } from '../domain/public-event-types';
import { webhookBodyOf } from '../domain/webhook-body';

/**
 * One delivery per enabled endpoint of the event's workspace that subscribes to its type, written
 * with the inbox row; a redelivered event adds none (unique endpoint + event). Jobs carry ids only.
 */
@EventConsumer({ name: 'webhooks.fan-out', events: PUBLIC_EVENTS })
export class FanOutConsumer implements AppliesEvents {
  constructor(private readonly deliveries: DeliveryQueue) {}

  async apply(event: IntegrationEvent, manager: EntityManager): Promise<void> {
    const body = webhookBodyOf({
      id: event.id,
      type: event.type,
      timestamp: event.occurredAt,
      workspaceId: event.workspaceId,
      actorId: event.actorId,
      data: event.payload,
    });
    const created: { id: string }[] = await manager.query(
      `INSERT INTO webhooks.deliveries
         (workspace_id, endpoint_id, event_id, event_type, body, status, next_attempt_at)
       SELECT workspace_id, id, $2::uuid, $3::text, $4::text, 'pending', now()
         FROM webhooks.endpoints
        WHERE workspace_id = $1 AND enabled AND $3::text = ANY (event_types)
       ON CONFLICT (endpoint_id, event_id) DO NOTHING
       RETURNING id`,
      [event.workspaceId, event.id, event.type, body],
    );
    // Enqueued before this transaction commits: a job that runs too early does not see its row
    // yet and is retried by BullMQ (the webhooks queue's attempts) until it does.
    for (const { id } of created) await this.deliveries.enqueue(id, 1);
  }
}
