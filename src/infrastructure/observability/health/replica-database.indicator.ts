import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 2_000;

interface ReplicaStatus {
  in_recovery: boolean;
  replay_lag_seconds: number | null;
}

/**
 * Readiness does not need the replica (reads fall back to the primary), so a replica that cannot
 * be reached makes the service "degraded", never "down".
 */
@Injectable()
export class ReplicaDatabaseIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  async check() {
    const session = this.health.check('replica');
    try {
      const status = await withTimeout(this.readStatus(), CHECK_TIMEOUT_MS);
      return session.up({
        inRecovery: status.in_recovery,
        replayLagSeconds: status.replay_lag_seconds,
      });
    } catch (error) {
      return session.degraded({ message: (error as Error).message });
    }
  }

  private async readStatus(): Promise<ReplicaStatus> {
    if (!this.dataSource.isInitialized) throw new Error('not connected yet');
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      const rows: ReplicaStatus[] = await runner.query(
        `SELECT pg_is_in_recovery() AS in_recovery,
                EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float AS replay_lag_seconds`,
      );
      return rows[0];
    } finally {
      await runner.release();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
