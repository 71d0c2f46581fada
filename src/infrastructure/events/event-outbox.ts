import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { IntegrationEvent } from '../../common/contracts/integration-event';
import { activeTraceparent } from '../observability/tracing/trace-context';
import { OUTBOX_CHANNEL } from './outbox-channel';
import type { TracedEventJson } from './traced-event';

export class PublishOutsideTransactionError extends Error {
  constructor() {
    super(
      'EventOutbox.publish needs the EntityManager of an open transaction ' +
        '(inside unitOfWork.run(actorId, manager => …)): an event must commit or roll back with ' +
        'the state change it reports.',
    );
  }
}

/**
 * The only way to publish an integration event. It writes the event into the outbox with the
 * caller's transaction, so there is no event without its state change and no state change without
 * its event. The worker's relay delivers it after commit.
 */
@Injectable()
export class EventOutbox {
  async publish(manager: EntityManager, ...events: IntegrationEvent[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new PublishOutsideTransactionError();
    if (events.length === 0) return;
    // One INSERT by hand: every write publishes, and the query builder cost more CPU than the
    // statement itself (docs/BENCHMARKS.md, "Request cost"). Columns as OutboxEventEntity maps them.
    const rows = events.map((_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`);
    // The relay continues the publisher's trace from the row (same statement, no extra round trip).
    const traceparent = activeTraceparent();
    await manager.query(
      `INSERT INTO messaging.outbox (event_id, type, event) VALUES ${rows.join(', ')}`,
      events.flatMap((event) => [event.id, event.type, stored(event, traceparent)]),
    );
    // Delivered to listeners only if and when this transaction commits: it wakes the relay.
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }
}

function stored(event: IntegrationEvent, traceparent: string | undefined): TracedEventJson {
  return traceparent ? { ...event.toJSON(), traceparent } : event.toJSON();
}
