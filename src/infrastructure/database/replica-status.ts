import type { WalPosition } from './wal-position';

/** What the monitor last learned about one replica. */
export interface ReplicaStatus {
  /** host:port, as in metrics, logs and the routing header. */
  name: string;
  reachable: boolean;
  /**
   * It answered as the primary (not in recovery). On Kubernetes every CloudNativePG instance is
   * listed as a replica, so one of them is the primary: out of the rotation by design, not a fault.
   */
  isPrimary: boolean;
  /** Reachable, a standby, connected for reads and within the lag limits. */
  inRotation: boolean;
  /** Why it is out of the rotation; null while in it. */
  outOfRotationBecause: string | null;
  replayPosition: WalPosition | null;
  lagBytes: number | null;
  lagSeconds: number | null;
  checkedAt: Date | null;
}

/** JSON-friendly form for readiness details. */
export function describeReplica(status: ReplicaStatus) {
  return {
    name: status.name,
    reachable: status.reachable,
    isPrimary: status.isPrimary,
    inRotation: status.inRotation,
    outOfRotationBecause: status.outOfRotationBecause,
    lagBytes: status.lagBytes,
    lagSeconds: status.lagSeconds === null ? null : Math.round(status.lagSeconds * 1000) / 1000,
    checkedAt: status.checkedAt?.toISOString() ?? null,
  };
}
