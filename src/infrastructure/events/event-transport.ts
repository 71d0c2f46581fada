import type { IntegrationEventJson } from '../../common/contracts/integration-event';

/**
 * Where the relay hands events. Chosen by EVENT_TRANSPORT; producers and consumers never see which.
 * `deliver` resolves only once the event is durably handed over (every in-process consumer has
 * applied it, or the broker has confirmed it); a rejection makes the relay retry with backoff.
 */
export abstract class EventTransport {
  abstract readonly name: string;
  abstract deliver(event: IntegrationEventJson): Promise<void>;
  /** Connects and starts consuming, where the transport has its own consumers (RabbitMQ). */
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
}

/** Some consumers failed; the others have applied the event and will skip it on the retry. */
export class ConsumersFailed extends Error {
  constructor(failures: { consumer: string; error: unknown }[]) {
    super(
      failures
        .map(({ consumer, error }) => `${consumer}: ${(error as Error)?.message ?? String(error)}`)
        .join('; '),
    );
    this.name = 'ConsumersFailed';
  }
}
