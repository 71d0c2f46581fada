import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';
import { DataSource } from 'typeorm';

import { MetricsRegistry } from '../observability/metrics/metrics-registry';

/** Outbox depth and dead events (read at scrape time), commit→publish lag, failed attempts. */
@Injectable()
export class OutboxMetrics {
  readonly lag: Histogram;
  readonly failedAttempts: Counter;

  constructor(registry: MetricsRegistry, dataSource: DataSource) {
    this.lag = new Histogram({
      name: 'tenfold_outbox_publish_lag_seconds',
      help: 'Time from writing an event into the outbox to its successful delivery',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300],
      registers: [registry],
    });
    this.failedAttempts = new Counter({
      name: 'tenfold_outbox_failed_attempts_total',
      help: 'Delivery attempts of outbox events that failed and will be retried or set aside',
      registers: [registry],
    });
    new Gauge({
      name: 'tenfold_outbox_events',
      help: 'Outbox events not yet delivered: pending (will be tried) and dead (gave up)',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        if (!dataSource.isInitialized) return;
        const [row] = await dataSource.query(
          `SELECT count(*) FILTER (WHERE dead_at IS NULL) AS pending,
                  count(*) FILTER (WHERE dead_at IS NOT NULL) AS dead
             FROM messaging.outbox WHERE published_at IS NULL`,
        );
        this.set({ state: 'pending' }, Number(row.pending));
        this.set({ state: 'dead' }, Number(row.dead));
      },
    });
  }
}
