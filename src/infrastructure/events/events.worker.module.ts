import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { AppConfig } from '../config/app-config';
import { ConsumerRegistry } from './consumer-registry';
import { ConsumerRunner } from './consumer-runner';
import { EventTransport } from './event-transport';
import { EventTypeRegistry } from './event-type-registry';
import { InProcessTransport } from './in-process.transport';
import { OutboxCleanup } from './outbox-cleanup';
import { OutboxMetrics } from './outbox-metrics';
import { OutboxRelay } from './outbox-relay';
import { RabbitMqTransport } from './rabbitmq.transport';

/** Worker only: the relay, the transport chosen by EVENT_TRANSPORT, and the consumer machinery. */
@Module({
  imports: [DiscoveryModule],
  providers: [
    EventTypeRegistry,
    ConsumerRegistry,
    ConsumerRunner,
    InProcessTransport,
    RabbitMqTransport,
    {
      provide: EventTransport,
      inject: [AppConfig, InProcessTransport, RabbitMqTransport],
      useFactory: (
        config: AppConfig,
        inProcess: InProcessTransport,
        rabbitMq: RabbitMqTransport,
      ) => (config.events.transport === 'rabbitmq' ? rabbitMq : inProcess),
    },
    OutboxMetrics,
    OutboxCleanup,
    OutboxRelay,
  ],
  exports: [OutboxRelay, ConsumerRegistry, ConsumerRunner, EventTypeRegistry],
})
export class EventsWorkerModule {}
