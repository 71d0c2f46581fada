import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  IntegrationEvent,
  IntegrationEventClass,
} from '../../common/contracts/integration-event';

export const EVENT_CONSUMER = Symbol('EVENT_CONSUMER');

export interface EventConsumerOptions {
  /**
   * Stable and unique ("<module>.<purpose>"): the inbox deduplicates on (name, event id), and with
   * RabbitMQ the name is the consumer's queue. Renaming a consumer makes it see old events as new.
   */
  name: string;
  /** The event classes it handles; events of other types never reach it. */
  events: IntegrationEventClass[];
}

/**
 * An idempotent event consumer. The runner calls `apply` inside a transaction that also records
 * (consumer, event id) in the inbox, so the effect happens once however often the event arrives.
 * `apply` must make all its writes through `manager`; slow work belongs in a BullMQ job.
 * A throw rolls the effect back and the delivery is retried with backoff.
 */
export interface AppliesEvents<E extends IntegrationEvent = IntegrationEvent> {
  apply(event: E, manager: EntityManager): Promise<void>;
}

/** Marks a provider as an event consumer. Provide it from the module's *.worker.module.ts only. */
export const EventConsumer = (options: EventConsumerOptions) =>
  applyDecorators(Injectable(), SetMetadata(EVENT_CONSUMER, options));
