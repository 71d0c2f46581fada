import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { IntegrationEvent } from '../../common/contracts/integration-event';
import { OUTBOX_CHANNEL } from './outbox-channel';

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
    await manager.query(
      `INSERT INTO messaging.outbox (event_id, type, event) VALUES ${rows.join(', ')}`,
      events.flatMap((event) => [event.id, event.type, event.toJSON()]),
    );
    // Delivered to listeners only if and when this transaction commits: it wakes the relay.
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }
}
