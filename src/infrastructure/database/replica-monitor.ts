import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Pool } from 'pg';
import { Gauge } from 'prom-client';

import { AppConfig } from '../config/app-config';
import { MetricsRegistry } from '../observability/metrics/metrics-registry';
import { DATABASE_APPLICATION_NAME } from './database.tokens';
import { Replica } from './replica';
import type { ReplicaStatus } from './replica-status';
import { parseWalPosition, type WalPosition } from './wal-position';

/**
 * Checks every replica a few times a second (DB_REPLICA_CHECK_INTERVAL_MS): reachability, replayed
 * WAL position, lag in bytes and seconds. A replica that is unreachable or lags beyond the limits
 * leaves the rotation, and comes back on the first good check; nothing needs restarting.
 */
@Injectable()
export class ReplicaMonitor implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly replicas: readonly Replica[];
  private readonly logger = new Logger('ReplicaMonitor');
  private readonly primary: Pool;
  private readonly gauges: Record<'lagBytes' | 'lagSeconds' | 'inRotation', Gauge<'replica'>>;
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private stopped = false;
  private primaryAway = false;

  constructor(
    private readonly config: AppConfig,
    @Inject(DATABASE_APPLICATION_NAME) applicationName: string,
    registry: MetricsRegistry,
  ) {
    this.replicas = config.database.replicaUrls.map(
      (url) => new Replica(url, config, applicationName),
    );
    const timeout = config.database.routing.checkTimeoutMs;
    this.primary = new Pool({
      connectionString: config.database.primaryUrl,
      max: 1,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      application_name: `${applicationName}-replica-monitor`,
    });
    this.primary.on('error', () => undefined);
    const gauge = (name: string, help: string) =>
      new Gauge({ name, help, labelNames: ['replica'], registers: [registry] });
    this.gauges = {
      lagBytes: gauge('tenfold_db_replica_lag_bytes', 'WAL bytes the replica has yet to replay'),
      lagSeconds: gauge(
        'tenfold_db_replica_lag_seconds',
        'Seconds since the replica replayed a transaction, while it is behind; 0 when caught up',
      ),
      inRotation: gauge(
        'tenfold_db_replica_in_rotation',
        '1 while reads may be routed to the replica, 0 while it is unreachable or lags too far',
      ),
    };
  }

  onApplicationBootstrap(): void {
    this.scheduleNext(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.checking;
    await Promise.allSettled([this.primary.end(), ...this.replicas.map((r) => r.close())]);
  }

  statuses(): ReplicaStatus[] {
    return this.replicas.map((replica) => replica.status);
  }

  /** Checks now (or joins the check in flight); readiness uses it to answer with fresh facts. */
  refresh(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private scheduleNext(delayMs: number): void {
    if (this.stopped || this.replicas.length === 0) return;
    this.timer = setTimeout(() => {
      void this.refresh().finally(() =>
        this.scheduleNext(this.config.database.routing.checkIntervalMs),
      );
    }, delayMs);
    this.timer.unref();
  }

  private async checkAll(): Promise<void> {
    const primaryPosition = await this.primaryPosition();
    await Promise.all(
      this.replicas.map(async (replica) => {
        const before = replica.status;
        const after = await replica.check(primaryPosition);
        this.record(after);
        if (before.inRotation !== after.inRotation) this.logChange(after);
      }),
    );
  }

  /** null: the primary did not answer; the replicas are judged without it (replica-lag.ts). */
  private async primaryPosition(): Promise<WalPosition | null> {
    let position: WalPosition | null = null;
    try {
      const { rows } = await this.primary.query<{ position: string }>(
        'SELECT pg_current_wal_lsn()::text AS position',
      );
      position = parseWalPosition(rows[0].position);
    } catch {
      // logged below, once per change
    }
    if ((position === null) !== this.primaryAway) {
      this.primaryAway = position === null;
      if (this.primaryAway) {
        this.logger.warn(
          'the primary does not answer: replicas in the rotation keep serving reads',
        );
      } else {
        this.logger.log('the primary answers again');
      }
    }
    return position;
  }

  private record(status: ReplicaStatus): void {
    const labels = { replica: status.name };
    this.gauges.inRotation.set(labels, status.inRotation ? 1 : 0);
    if (status.lagBytes !== null) this.gauges.lagBytes.set(labels, status.lagBytes);
    if (status.lagSeconds !== null) this.gauges.lagSeconds.set(labels, status.lagSeconds);
  }

  private logChange(status: ReplicaStatus): void {
    if (status.inRotation) {
      this.logger.log(`replica ${status.name} is in the rotation`);
    } else {
      this.logger.warn(
        `replica ${status.name} left the rotation (${status.outOfRotationBecause}): its reads go to the primary`,
      );
    }
  }
}
