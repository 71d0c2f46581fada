import type { Channel } from 'amqplib';

import type { RegisteredConsumer } from './consumer-registry';

/** Names of everything tenfold declares on the broker, under RABBITMQ_PREFIX. */
export class RabbitMqNames {
  constructor(private readonly prefix: string) {}

  /** Topic exchange; the routing key is the event type (`projects.task.completed.v1`). */
  get exchange(): string {
    return `${this.prefix}.events`;
  }

  /** Where a consumer queue sends what it gives up on (routing key: the dead queue's name). */
  get deadLetterExchange(): string {
    return `${this.prefix}.events.dead-letter`;
  }

  queue(consumer: string): string {
    return `${this.prefix}.${consumer}`;
  }

  /** Failed messages wait here for their backoff (per-message TTL), then return to the queue. */
  retryQueue(consumer: string): string {
    return `${this.queue(consumer)}.retry`;
  }

  deadQueue(consumer: string): string {
    return `${this.queue(consumer)}.dead`;
  }
}

/**
 * Declares (idempotently) the exchanges and, per consumer, its durable queue bound to the event
 * types it handles, a retry queue and a dead-letter queue. Runs on every (re)connect.
 */
export async function declareTopology(
  channel: Channel,
  names: RabbitMqNames,
  consumers: readonly RegisteredConsumer[],
): Promise<void> {
  await channel.assertExchange(names.exchange, 'topic', { durable: true });
  await channel.assertExchange(names.deadLetterExchange, 'direct', { durable: true });
  for (const consumer of consumers) {
    const queue = names.queue(consumer.name);
    const dead = names.deadQueue(consumer.name);
    await channel.assertQueue(queue, {
      durable: true,
      deadLetterExchange: names.deadLetterExchange,
      deadLetterRoutingKey: dead,
    });
    await channel.assertQueue(dead, { durable: true });
    await channel.bindQueue(dead, names.deadLetterExchange, dead);
    // Expired messages go back through the default exchange straight to the consumer's queue.
    await channel.assertQueue(names.retryQueue(consumer.name), {
      durable: true,
      deadLetterExchange: '',
      deadLetterRoutingKey: queue,
    });
    for (const type of consumer.types) await channel.bindQueue(queue, names.exchange, type);
  }
}
