import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';

import type { IntegrationEvent } from '../../common/contracts/integration-event';
import { withCorrelationId } from '../../common/correlation/correlation-context';
import { actAsModuleNamed } from '../database/module-roles/acting-module';
import { MetricsRegistry } from '../observability/metrics/metrics-registry';
import { inSpan, SpanKind } from '../observability/tracing/trace-context';
import type { RegisteredConsumer } from './consumer-registry';

export type ConsumerOutcome = 'applied' | 'duplicate';

/**
 * Applies one event to one consumer at most once in effect: the inbox row and the consumer's writes
 * commit together, and a redelivery finds the row and skips. Two deliveries racing each other
 * serialise on the inbox primary key; the second sees the first's row after it commits.
 */
@Injectable()
export class ConsumerRunner {
  private readonly runs: Counter<'consumer' | 'outcome'>;

  constructor(
    private readonly dataSource: DataSource,
    registry: MetricsRegistry,
  ) {
    this.runs = new Counter({
      name: 'tenfold_event_consumer_runs_total',
      help: 'Deliveries of events to consumers, by outcome (applied, duplicate, failed)',
      labelNames: ['consumer', 'outcome'],
      registers: [registry],
    });
  }

  /**
   * `traceparent`: the trace context the event arrived with (a broker header); without it, the span
   * of the delivery in progress (the relay's, in-process) is the parent.
   */
  async run(
    consumer: RegisteredConsumer,
    event: IntegrationEvent,
    traceparent?: string,
  ): Promise<ConsumerOutcome> {
    try {
      const outcome = await this.inConsumerSpan(consumer, event, traceparent, () =>
        this.apply(consumer, event),
      );
      this.runs.inc({ consumer: consumer.name, outcome });
      return outcome;
    } catch (error) {
      this.runs.inc({ consumer: consumer.name, outcome: 'failed' });
      throw error;
    }
  }

  /**
   * Under the role of the consumer's module, named by the first part of `<module>.<purpose>`:
   * the inbox row and the consumer's own writes are the module's to make.
   */
  private apply(consumer: RegisteredConsumer, event: IntegrationEvent): Promise<ConsumerOutcome> {
    const module = consumer.name.split('.')[0];
    return withCorrelationId(event.correlationId, () =>
      actAsModuleNamed(module, () => this.inTransaction(consumer, event)),
    );
  }

  private inTransaction(
    consumer: RegisteredConsumer,
    event: IntegrationEvent,
  ): Promise<ConsumerOutcome> {
    return this.dataSource.transaction(async (manager): Promise<ConsumerOutcome> => {
      const recorded: unknown[] = await manager.query(
        `INSERT INTO messaging.inbox (consumer, event_id) VALUES ($1, $2)
             ON CONFLICT DO NOTHING RETURNING event_id`,
        [consumer.name, event.id],
      );
      if (recorded.length === 0) return 'duplicate';
      await consumer.instance.apply(event, manager);
      return 'applied';
    });
  }

  private inConsumerSpan<T>(
    consumer: RegisteredConsumer,
    event: IntegrationEvent,
    traceparent: string | undefined,
    work: () => Promise<T>,
  ): Promise<T> {
    return inSpan(
      `consume ${consumer.name}`,
      {
        kind: SpanKind.CONSUMER,
        parent: traceparent,
        attributes: {
          'messaging.operation.type': 'process',
          'messaging.destination.name': event.type,
          'messaging.consumer.group.name': consumer.name,
          'messaging.message.id': event.id,
        },
      },
      work,
    );
  }
}
