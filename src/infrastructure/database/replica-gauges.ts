import { Gauge } from 'prom-client';

import type { MetricsRegistry } from '../observability/metrics/metrics-registry';
import type { ReplicaStatus } from './replica-status';

/**
 * The monitor's findings per listed replica, as Prometheus gauges. A lag that is unknown (the
 * replica is the primary, is unreachable, or the primary did not answer) is no series at all
 * rather than the last value measured: a promoted replica must not keep the lag it had before.
 */
export class ReplicaGauges {
  private readonly lagBytes: Gauge<'replica'>;
  private readonly lagSeconds: Gauge<'replica'>;
  private readonly inRotation: Gauge<'replica'>;
  private readonly isPrimary: Gauge<'replica'>;

  constructor(registry: MetricsRegistry) {
    const gauge = (name: string, help: string) =>
      new Gauge({ name, help, labelNames: ['replica'], registers: [registry] });
    this.lagBytes = gauge(
      'tenfold_db_replica_lag_bytes',
      'WAL bytes the replica has yet to replay; absent while unknown',
    );
    this.lagSeconds = gauge(
      'tenfold_db_replica_lag_seconds',
      'Seconds since the replica replayed a transaction, while it is behind; 0 when caught up; absent while unknown',
    );
    this.inRotation = gauge(
      'tenfold_db_replica_in_rotation',
      '1 while reads may be routed to the replica, 0 while it is unreachable, lags too far or is the primary',
    );
    this.isPrimary = gauge(
      'tenfold_db_replica_is_primary',
      '1 while the listed replica answers as the primary (not in recovery), as one instance does on Kubernetes',
    );
  }

  record(status: ReplicaStatus): void {
    const labels = { replica: status.name };
    this.inRotation.set(labels, status.inRotation ? 1 : 0);
    this.isPrimary.set(labels, status.isPrimary ? 1 : 0);
    setOrRemove(this.lagBytes, labels, status.lagBytes);
    setOrRemove(this.lagSeconds, labels, status.lagSeconds);
  }
}

function setOrRemove(gauge: Gauge<'replica'>, labels: { replica: string }, value: number | null) {
  if (value === null) gauge.remove(labels);
  else gauge.set(labels, value);
}
