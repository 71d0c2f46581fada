import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { ThrottledErrorLog } from '../observability/logging/throttled-error-log';
import { inSpan, SpanKind } from '../observability/tracing/trace-context';
import { EventTransport } from './event-transport';
import { outboxRetryDelayMs } from './outbox-backoff';
import { OutboxCleanup } from './outbox-cleanup';
import { OutboxListener } from './outbox-listener';
import { OutboxMetrics } from './outbox-metrics';
import type { TracedEventJson } from './traced-event';

interface ClaimedRow {
  position: string;
  event: TracedEventJson;
  attempts: number;
  created_at: Date;
}

interface Failure {
  position: string;
  attempts: number;
  error: string;
}

/**
 * Worker only: moves committed outbox rows to the transport. Woken by NOTIFY at commit, with polling
 * as the fallback. Each pass claims a batch with FOR UPDATE SKIP LOCKED inside a transaction, so
 * relays in several workers never take the same row, and a relay that dies mid-batch (even by
 * SIGKILL) releases its rows unpublished; consumers' inboxes absorb the redelivery.
 */
@Injectable()
export class OutboxRelay implements OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private readonly errors = new ThrottledErrorLog(this.logger, 'outbox relay');
  private listener?: OutboxListener;
  private pollTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private wokenWhileRunning = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: EventTransport,
    private readonly config: AppConfig,
    private readonly metrics: OutboxMetrics,
    private readonly cleanup: OutboxCleanup,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.transport.start();
    const { listen, pollIntervalMs } = this.config.events;
    if (listen) {
      this.listener = new OutboxListener(this.config.database.primaryUrl, () => this.wake());
      await this.listener.start();
    }
    this.pollTimer = setInterval(() => this.wake(), pollIntervalMs).unref();
    this.cleanup.start();
    this.wake();
    this.logger.log(
      `relaying outbox to ${this.transport.name} (${listen ? 'LISTEN/NOTIFY + ' : ''}polling every ${pollIntervalMs} ms)`,
    );
  }

  /** Finishes the batch in flight, then stops; unclaimed rows wait for the next relay. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    this.cleanup.stop();
    await this.listener?.stop();
    await this.running;
    await this.transport.stop();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  /** Resolves when no pass is running; tests and benchmarks use it to wait for quiet. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    this.running = this.relayUntilDrained()
      .catch((error: unknown) => this.errors.record(error as Error))
      .finally(() => {
        this.running = undefined;
        if (this.wokenWhileRunning) {
          this.wokenWhileRunning = false;
          this.wake();
        }
      });
  }

  private async relayUntilDrained(): Promise<void> {
    const { batchSize } = this.config.events;
    while (!this.stopped && (await this.relayOneBatch()) === batchSize) {
      // a full batch: more may be waiting
    }
  }

  private relayOneBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT position, event, attempts, created_at FROM messaging.outbox
          WHERE published_at IS NULL AND dead_at IS NULL AND next_attempt_at <= now()
          ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.events.batchSize],
      );
      const delivered: string[] = [];
      const failures: Failure[] = [];
      for (const row of rows) {
        try {
          await this.deliver(row);
          delivered.push(row.position);
          this.metrics.lag.observe((Date.now() - new Date(row.created_at).getTime()) / 1000);
        } catch (error) {
          failures.push({
            position: row.position,
            attempts: row.attempts + 1,
            error: describe(error),
          });
        }
      }
      await this.markDelivered(manager, delivered);
      for (const failure of failures) await this.markFailed(manager, failure, rows);
      return rows.length;
    });
  }

  /** One span per delivery, continuing the trace of the request (or job) that published it. */
  private deliver(row: ClaimedRow): Promise<void> {
    const { traceparent, ...event } = row.event;
    return inSpan(
      `outbox relay ${event.type}`,
      {
        kind: SpanKind.PRODUCER,
        parent: traceparent,
        attributes: {
          'messaging.system': this.transport.name,
          'messaging.operation.type': 'send',
          'messaging.destination.name': event.type,
          'messaging.message.id': event.id,
          'tenfold.outbox.attempt': row.attempts + 1,
        },
      },
      () => this.transport.deliver(event),
    );
  }

  private async markDelivered(manager: EntityManager, positions: string[]): Promise<void> {
    if (positions.length === 0) return;
    await manager.query(
      `UPDATE messaging.outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE position = ANY($1::bigint[])`,
      [positions],
    );
  }

  private async markFailed(manager: EntityManager, failure: Failure, rows: ClaimedRow[]) {
    this.metrics.failedAttempts.inc();
    const dead = failure.attempts >= this.config.events.maxAttempts;
    const type = rows.find((row) => row.position === failure.position)?.event.type;
    this.logger.warn(
      `event ${type} at outbox position ${failure.position}: attempt ${failure.attempts} failed` +
        `${dead ? ', giving up (dead)' : ''}: ${failure.error}`,
    );
    await manager.query(
      `UPDATE messaging.outbox
          SET attempts = $2, last_error = $3,
              next_attempt_at = now() + make_interval(secs => $4::double precision),
              dead_at = CASE WHEN $5::boolean THEN now() END
        WHERE position = $1`,
      [
        failure.position,
        failure.attempts,
        failure.error,
        outboxRetryDelayMs(failure.attempts) / 1000,
        dead,
      ],
    );
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2_000);
}
