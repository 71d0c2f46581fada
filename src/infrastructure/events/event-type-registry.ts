import { Injectable } from '@nestjs/common';

import type {
  IntegrationEvent,
  IntegrationEventClass,
  IntegrationEventJson,
} from '../../common/contracts/integration-event';

/**
 * type → class, so an event read back from JSON (outbox row, broker message) becomes a real
 * instance of its class again: `instanceof` works and the CQRS bus routes it by class.
 */
@Injectable()
export class EventTypeRegistry {
  private readonly classes = new Map<string, IntegrationEventClass>();

  register(eventClass: IntegrationEventClass): void {
    const known = this.classes.get(eventClass.TYPE);
    if (known && known !== eventClass) {
      throw new Error(
        `Two event classes claim the type ${eventClass.TYPE}: ${known.name}, ${eventClass.name}`,
      );
    }
    this.classes.set(eventClass.TYPE, eventClass);
  }

  /** Undefined for a type no class in this process is registered for. */
  revive(json: IntegrationEventJson): IntegrationEvent | undefined {
    const eventClass = this.classes.get(json.type);
    return eventClass ? new eventClass(json.payload as never, json) : undefined;
  }
}
