import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Pool } from 'pg';

import { AppConfig } from '../config/app-config';
import { MetricsRegistry } from '../observability/metrics/metrics-registry';
import { DATABASE_APPLICATION_NAME } from './database.tokens';
import { Replica } from './replica';
import { ReplicaGauges } from './replica-gauges';
import type { ReplicaStatus } from './replica-status';
import { parseWalPosition, type WalPosition } from './wal-position';

/**
 * Checks every replica a few times a second (DB_REPLICA_CHECK_INTERVAL_MS): reachability, replayed
 * WAL position, lag in bytes and seconds. A replica that is unreachable or lags beyond the limits
 * leaves the rotation, and comes back on the first good check; nothing needs restarting. One that
 * answers as the primary is out of the rotation too, but counted apart (ReplicaGauges), so alerts
 * and readiness do not take the primary of a Kubernetes cluster for a failing replica.
 */
@Injectable()
export class ReplicaMonitor implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly replicas: readonly Replica[];
  private readonly logger = new Logger('ReplicaMonitor');
  private readonly primary: Pool;
  private readonly gauges: ReplicaGauges;
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
    this.gauges = new ReplicaGauges(registry);
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
        this.gauges.record(after);
        if (before.inRotation !== after.inRotation || before.isPrimary !== after.isPrimary) {
          this.logChange(after);
        }
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

  private logChange(status: ReplicaStatus): void {
    if (status.inRotation) {
      this.logger.log(`replica ${status.name} is in the rotation`);
    } else if (status.isPrimary) {
      // Expected on Kubernetes, where every instance is listed; a warning only if unexpected.
      this.logger.log(`replica ${status.name} is the primary: it takes no routed reads`);
    } else {
      this.logger.warn(
        `replica ${status.name} left the rotation (${status.outOfRotationBecause}): its reads go to the primary`,
      );
    }
  }
}
