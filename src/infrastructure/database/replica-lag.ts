import type { WalPosition } from './wal-position';

/** One reading of a standby: what it has replayed, what it has received, and since when. */
export interface ReplayReading {
  replayed: WalPosition;
  /** Received from the primary so far (null: nothing streamed since the standby started). */
  received: WalPosition | null;
  /** Seconds since it replayed its last transaction (null: none yet). */
  sinceReplaySeconds: number | null;
}

export interface LagLimits {
  maxLagBytes: number;
  maxLagSeconds: number;
}

export interface LagVerdict {
  /** Against the primary's position; null when the primary could not be asked. */
  lagBytes: number | null;
  lagSeconds: number | null;
  /** Why the replica must leave the rotation; null: it may serve reads. */
  outOfRotationBecause: string | null;
}

/**
 * Judges a replica's lag. With the primary's position known, lag is measured against it. With the
 * primary unreachable it cannot be: no new writes can happen either, so a replica that was in the
 * rotation stays as long as it keeps up with the WAL it has received (reads that need a position it
 * lacks still go to the primary, and fail there). One never judged healthy against the primary is
 * not let in on that basis (docs/READ-REPLICAS.md, "When the primary is away").
 */
export function judgeLag(
  reading: ReplayReading,
  primaryPosition: WalPosition | null,
  healthyBefore: boolean,
  limits: LagLimits,
): LagVerdict {
  if (primaryPosition === null) return judgeWithoutPrimary(reading, healthyBefore, limits);
  const behind = primaryPosition - reading.replayed;
  const lagBytes = Number(behind > 0n ? behind : 0n);
  // Caught up: no lag, however long ago the last transaction was replayed (an idle primary).
  const lagSeconds = lagBytes === 0 ? 0 : reading.sinceReplaySeconds;
  return { lagBytes, lagSeconds, outOfRotationBecause: overLimits(lagBytes, lagSeconds, limits) };
}

function judgeWithoutPrimary(
  reading: ReplayReading,
  healthyBefore: boolean,
  limits: LagLimits,
): LagVerdict {
  const unknown = { lagBytes: null, lagSeconds: null };
  if (!healthyBefore) {
    return { ...unknown, outOfRotationBecause: 'lag unknown: the primary is unreachable' };
  }
  const behind = reading.received === null ? 0n : reading.received - reading.replayed;
  const replayBacklog = Number(behind > 0n ? behind : 0n);
  const stalledFor = replayBacklog === 0 ? 0 : reading.sinceReplaySeconds;
  const over = overLimits(replayBacklog, stalledFor, limits);
  return { ...unknown, outOfRotationBecause: over && `${over}, replaying WAL already received` };
}

function overLimits(
  lagBytes: number | null,
  lagSeconds: number | null,
  { maxLagBytes, maxLagSeconds }: LagLimits,
): string | null {
  if (lagSeconds !== null && lagSeconds > maxLagSeconds) {
    return `lagging ${lagSeconds.toFixed(1)} s (limit ${maxLagSeconds} s)`;
  }
  if (lagBytes !== null && lagBytes > maxLagBytes) {
    return `lagging ${lagBytes} bytes (limit ${maxLagBytes})`;
  }
  return null;
}
