import { Injectable, Logger } from '@nestjs/common';
import {
  type ChannelModel,
  type ConfirmChannel,
  connect,
  type ConsumeMessage,
  type Options,
  type RecoveringChannelModel,
} from 'amqplib';

import type { IntegrationEventJson } from '../../common/contracts/integration-event';
import { AppConfig } from '../config/app-config';
import { activeTraceparent } from '../observability/tracing/trace-context';
import { ConsumerRegistry, type RegisteredConsumer } from './consumer-registry';
import { ConsumerRunner } from './consumer-runner';
import { EventTransport } from './event-transport';
import { EventTypeRegistry } from './event-type-registry';
import { outboxRetryDelayMs } from './outbox-backoff';
import { declareTopology, RabbitMqNames } from './rabbitmq-topology';

const ATTEMPTS_HEADER = 'x-tenfold-attempts';
/** W3C trace context of the relay's span, so the consumer's span continues the trace. */
const TRACEPARENT_HEADER = 'traceparent';
const CONFIRM_TIMEOUT_MS = 10_000;
const PREFETCH = 10;

/**
 * EVENT_TRANSPORT=rabbitmq. The relay publishes each event to a topic exchange with publisher
 * confirms; every consumer has its own durable queue, consumed here with manual acks, so consumers
 * could run in any process. A failed delivery waits in the consumer's retry queue (backoff as a
 * per-message TTL) and comes back; after OUTBOX_MAX_ATTEMPTS it goes to the consumer's dead queue.
 * The connection recovers by itself; while it is down, `deliver` fails and the outbox retries.
 */
@Injectable()
export class RabbitMqTransport extends EventTransport {
  readonly name = 'rabbitmq';
  private readonly logger = new Logger('RabbitMqTransport');
  private readonly names: RabbitMqNames;
  private connection?: RecoveringChannelModel;
  private publisher?: ConfirmChannel;
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    private readonly consumers: ConsumerRegistry,
    private readonly types: EventTypeRegistry,
    private readonly runner: ConsumerRunner,
  ) {
    super();
    this.names = new RabbitMqNames(config.events.rabbitmqPrefix);
  }

  override async start(): Promise<void> {
    this.stopping = false;
    this.connection = await connect(this.config.events.rabbitmqUrl, {
      recovery: {
        waitForConnect: false,
        maxDelay: 10_000,
        setup: (model: ChannelModel) => this.setUp(model),
      },
    });
    this.connection.on('disconnect', (error: Error) => {
      this.publisher = undefined;
      if (!this.stopping)
        this.logger.warn(`RabbitMQ connection lost: ${error.message}; reconnecting`);
    });
    this.connection.on('connect-failed', (error: Error) =>
      this.logger.warn(`cannot reach RabbitMQ: ${error.message}; retrying`),
    );
    this.connection.on('error', () => undefined); // reported through disconnect/connect-failed
  }

  override async stop(): Promise<void> {
    this.stopping = true;
    this.publisher = undefined;
    await Promise.allSettled([...this.inFlight]);
    await this.connection?.close().catch(() => undefined);
    this.connection = undefined;
  }

  async deliver(event: IntegrationEventJson): Promise<void> {
    const channel = this.publisher;
    if (!channel) throw new Error('RabbitMQ is not connected');
    const traceparent = activeTraceparent();
    await publishConfirmed(
      channel,
      this.names.exchange,
      event.type,
      Buffer.from(JSON.stringify(event)),
      {
        persistent: true,
        contentType: 'application/json',
        messageId: event.id,
        type: event.type,
        timestamp: Math.floor(Date.now() / 1000),
        ...(traceparent ? { headers: { [TRACEPARENT_HEADER]: traceparent } } : {}),
      },
    );
  }

  private async setUp(model: ChannelModel): Promise<void> {
    const consumers = this.consumers.all();
    const publisher = await model.createConfirmChannel();
    await declareTopology(publisher, this.names, consumers);
    const consuming = await model.createConfirmChannel();
    await consuming.prefetch(PREFETCH);
    for (const consumer of consumers) {
      // One lane per consumer queue: its messages are applied one after another, in the order the
      // broker hands them over (the prefetch only saves round trips), as a relay applies its batch
      // in-process. Concurrent, a completion arriving right behind its creation could be applied
      // first. handle() never rejects, so one failure does not stop the lane.
      let lane: Promise<void> = Promise.resolve();
      await consuming.consume(this.names.queue(consumer.name), (message) => {
        if (!message) return;
        lane = lane.then(() => this.handle(consuming, consumer, message));
        this.track(lane);
      });
    }
    this.publisher = publisher;
    this.logger.log(`connected; consuming ${consumers.length} consumer queue(s)`);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async handle(
    channel: ConfirmChannel,
    consumer: RegisteredConsumer,
    message: ConsumeMessage,
  ): Promise<void> {
    const event = this.revive(message);
    if (!event) {
      this.logger.error(
        `${consumer.name}: unreadable message ${message.properties.messageId}, dead-lettered`,
      );
      channel.nack(message, false, false);
      return;
    }
    try {
      await this.runner.run(consumer, event, traceparentOf(message));
      channel.ack(message);
    } catch (error) {
      await this.retryOrGiveUp(channel, consumer, message, error as Error).catch((failure: Error) =>
        // Neither acked nor nacked: the broker redelivers it when this channel goes away.
        this.logger.error(`${consumer.name}: could not schedule a retry: ${failure.message}`),
      );
    }
  }

  private revive(message: ConsumeMessage) {
    try {
      return this.types.revive(
        JSON.parse(message.content.toString('utf8')) as IntegrationEventJson,
      );
    } catch {
      return undefined;
    }
  }

  private async retryOrGiveUp(
    channel: ConfirmChannel,
    consumer: RegisteredConsumer,
    message: ConsumeMessage,
    error: Error,
  ): Promise<void> {
    const attempts = Number(message.properties.headers?.[ATTEMPTS_HEADER] ?? 0) + 1;
    const what = `${consumer.name}: ${message.properties.type} ${message.properties.messageId}`;
    if (attempts >= this.config.events.maxAttempts) {
      this.logger.error(`${what} failed ${attempts} times, dead-lettered: ${error.message}`);
      channel.nack(message, false, false);
      return;
    }
    const delayMs = outboxRetryDelayMs(attempts);
    this.logger.warn(
      `${what} attempt ${attempts} failed, retrying in ${delayMs} ms: ${error.message}`,
    );
    await publishConfirmed(channel, '', this.names.retryQueue(consumer.name), message.content, {
      ...message.properties,
      expiration: String(delayMs),
      headers: { ...message.properties.headers, [ATTEMPTS_HEADER]: attempts },
    });
    channel.ack(message);
  }
}

function traceparentOf(message: ConsumeMessage): string | undefined {
  const value: unknown = message.properties.headers?.[TRACEPARENT_HEADER];
  return typeof value === 'string' ? value : undefined;
}

function publishConfirmed(
  channel: ConfirmChannel,
  exchange: string,
  routingKey: string,
  content: Buffer,
  options: Options.Publish,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`RabbitMQ did not confirm within ${CONFIRM_TIMEOUT_MS} ms`)),
      CONFIRM_TIMEOUT_MS,
    );
    try {
      channel.publish(exchange, routingKey, content, options, (error: unknown) => {
        clearTimeout(timer);
        if (error)
          reject(error instanceof Error ? error : new Error('RabbitMQ refused the message'));
        else resolve();
      });
    } catch (error) {
      clearTimeout(timer);
      reject(error as Error);
    }
  });
}
