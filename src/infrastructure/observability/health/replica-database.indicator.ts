import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { ReplicaMonitor } from '../../database/replica-monitor';
import { describeReplica } from '../../database/replica-status';

/**
 * Readiness does not need the replicas (routed reads fall back to the primary), so a replica that
 * is unreachable or lags too far makes the service "degraded", never "down"; one that is the
 * primary (as on Kubernetes, where every instance is listed) does not. Checks afresh rather
 * than trusting the monitor's last reading, which may be a check interval old.
 */
@Injectable()
export class ReplicaDatabaseIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly monitor: ReplicaMonitor,
  ) {}

  async check() {
    const session = this.health.check('replica');
    await this.monitor.refresh();
    const replicas = this.monitor.statuses();
    const details = { replicas: replicas.map(describeReplica) };
    // A listed instance that is the primary serves reads through DB_PRIMARY_URL: not a fault.
    const out = replicas.filter((replica) => !replica.inRotation && !replica.isPrimary);
    if (out.length === 0) return session.up(details);
    return session.degraded({
      ...details,
      message: out.map((r) => `${r.name}: ${r.outOfRotationBecause}`).join('; '),
    });
  }
}
