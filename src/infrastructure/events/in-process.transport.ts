import { Injectable } from '@nestjs/common';

import type { IntegrationEventJson } from '../../common/contracts/integration-event';
import { ConsumerRegistry } from './consumer-registry';
import { ConsumerRunner } from './consumer-runner';
import { EventTypeRegistry } from './event-type-registry';
import { ConsumersFailed, EventTransport } from './event-transport';

/**
 * The default transport: the worker's own consumers, called directly and awaited, so the relay marks
 * an event published only after every consumer has applied it. Not @nestjs/cqrs's EventBus: it is
 * fire-and-forget and cannot tell the relay that a consumer failed (docs/adr/0011-event-backbone.md).
 */
@Injectable()
export class InProcessTransport extends EventTransport {
  readonly name = 'inprocess';

  constructor(
    private readonly types: EventTypeRegistry,
    private readonly consumers: ConsumerRegistry,
    private readonly runner: ConsumerRunner,
  ) {
    super();
  }

  async deliver(json: IntegrationEventJson): Promise<void> {
    const event = this.types.revive(json);
    if (!event) return; // no consumer handles this type: nothing to deliver to
    const consumers = this.consumers.consumersOf(json.type);
    // One consumer failing must not keep the others from applying the event.
    const results = await Promise.allSettled(consumers.map((c) => this.runner.run(c, event)));
    const failures = results.flatMap((result, i) =>
      result.status === 'rejected' ? [{ consumer: consumers[i].name, error: result.reason }] : [],
    );
    if (failures.length > 0) throw new ConsumersFailed(failures);
  }
}
