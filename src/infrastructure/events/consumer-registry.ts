import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';

import {
  type AppliesEvents,
  EVENT_CONSUMER,
  type EventConsumerOptions,
} from './event-consumer.decorator';
import { EventTypeRegistry } from './event-type-registry';

export interface RegisteredConsumer {
  name: string;
  types: string[];
  instance: AppliesEvents;
}

/** Finds every @EventConsumer the worker's modules provide, and registers their event classes. */
@Injectable()
export class ConsumerRegistry implements OnModuleInit {
  private consumers: RegisteredConsumer[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly types: EventTypeRegistry,
  ) {}

  onModuleInit(): void {
    const found = this.discovery.getProviders().flatMap((wrapper) => {
      const options = wrapper.metatype
        ? this.reflector.get<EventConsumerOptions | undefined>(EVENT_CONSUMER, wrapper.metatype)
        : undefined;
      return options && wrapper.instance
        ? [{ options, instance: wrapper.instance as AppliesEvents }]
        : [];
    });
    const names = new Set<string>();
    this.consumers = found.map(({ options, instance }) => {
      if (names.has(options.name)) throw new Error(`Two event consumers are named ${options.name}`);
      names.add(options.name);
      options.events.forEach((eventClass) => this.types.register(eventClass));
      return { name: options.name, types: options.events.map((e) => e.TYPE), instance };
    });
  }

  all(): readonly RegisteredConsumer[] {
    return this.consumers;
  }

  consumersOf(type: string): RegisteredConsumer[] {
    return this.consumers.filter((consumer) => consumer.types.includes(type));
  }
}
