import { Pool } from 'pg';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../config/app-config';
import { buildReplicaDataSourceOptions } from './data-source-options';
import { judgeLag } from './replica-lag';
import type { ReplicaStatus } from './replica-status';
import { parseWalPosition, type WalPosition } from './wal-position';

interface ReplayRow {
  standby: boolean;
  replayed: string | null;
  received: string | null;
  since_replay: number | null;
}

/**
 * One streaming replica: a one-connection pool for the monitor's checks, and a DataSource for the
 * reads routed to it. The DataSource is opened on the first check that reaches the replica, so a
 * process starts (reads on the primary) while a replica is down.
 */
export class Replica {
  readonly name: string;
  private readonly checks: Pool;
  private reads?: DataSource;
  private opening?: Promise<void>;
  private state: ReplicaStatus;
  /** The last check that could ask the primary found the replica within the lag limits. */
  private healthyAgainstPrimary = false;

  constructor(
    private readonly url: string,
    private readonly config: AppConfig,
    private readonly applicationName: string,
  ) {
    const { hostname, port } = new URL(url);
    this.name = `${hostname}:${port || '5432'}`;
    const timeout = config.database.routing.checkTimeoutMs;
    this.checks = new Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      statement_timeout: timeout,
      application_name: `${applicationName}-replica-monitor`,
    });
    // An idle connection dropped by a stopping replica must not crash the process.
    this.checks.on('error', () => undefined);
    this.state = {
      name: this.name,
      reachable: false,
      isPrimary: false,
      inRotation: false,
      outOfRotationBecause: 'not checked yet',
      replayPosition: null,
      lagBytes: null,
      lagSeconds: null,
      checkedAt: null,
    };
  }

  get status(): ReplicaStatus {
    return this.state;
  }

  /** The DataSource for routed reads; only while the replica is in the rotation. */
  get dataSource(): DataSource | undefined {
    return this.state.inRotation ? this.reads : undefined;
  }

  /**
   * Reads replay position and lag against the primary's current position (null: the primary did
   * not answer; replica-lag.ts says what that means for the rotation).
   */
  async check(primaryPosition: WalPosition | null): Promise<ReplicaStatus> {
    const checkedAt = new Date();
    let row: ReplayRow;
    try {
      row = await this.queryReplayState();
    } catch (error) {
      // Back, it must prove itself against the primary again: it may have missed writes while
      // away. Not while the primary is away too: then nothing was written that it could miss.
      if (primaryPosition !== null) this.healthyAgainstPrimary = false;
      return this.settle({ reachable: false, checkedAt }, `unreachable: ${messageOf(error)}`);
    }
    if (!row.standby) {
      // The primary (promoted, or listed among the replicas as on Kubernetes): its reads already
      // go through DB_PRIMARY_URL, and a lag against itself would mean nothing.
      this.healthyAgainstPrimary = false;
      return this.settle(
        { reachable: true, isPrimary: true, checkedAt },
        'the primary, not a standby',
      );
    }
    if (row.replayed === null) {
      this.healthyAgainstPrimary = false;
      return this.settle({ reachable: true, checkedAt }, 'a standby that has replayed nothing yet');
    }
    const replayPosition = parseWalPosition(row.replayed);
    const { lagBytes, lagSeconds, outOfRotationBecause } = judgeLag(
      {
        replayed: replayPosition,
        received: row.received === null ? null : parseWalPosition(row.received),
        sinceReplaySeconds: row.since_replay,
      },
      primaryPosition,
      this.healthyAgainstPrimary,
      this.config.database.routing,
    );
    if (primaryPosition !== null) this.healthyAgainstPrimary = outOfRotationBecause === null;
    const measured = { reachable: true, checkedAt, replayPosition, lagBytes, lagSeconds };
    if (outOfRotationBecause !== null) return this.settle(measured, outOfRotationBecause);
    try {
      await this.openForReads();
    } catch (error) {
      return this.settle(measured, `cannot open connections for reads: ${messageOf(error)}`);
    }
    return this.settle(measured, null);
  }

  /**
   * Whether the replica has replayed `position`. The monitor's last reading may be a check interval
   * old, so when it says no, asks the replica itself (one round trip over its read connections):
   * a writer's next read then needs the replica to be a few milliseconds behind, not 250.
   */
  async hasReplayed(position: WalPosition): Promise<boolean> {
    const known = this.state.replayPosition;
    if (known !== null && known >= position) return true;
    const reads = this.dataSource;
    if (!reads) return false;
    try {
      const [{ replayed }]: { replayed: string | null }[] = await reads.query(
        'SELECT pg_last_wal_replay_lsn()::text AS replayed',
      );
      if (replayed === null) return false;
      const now = parseWalPosition(replayed);
      if (known === null || now > known) this.state = { ...this.state, replayPosition: now };
      return now >= position;
    } catch (error) {
      this.suspect(error);
      return false;
    }
  }

  /** A routed read failed on this replica: out of the rotation until the next good check. */
  suspect(error: unknown): void {
    this.state = {
      ...this.state,
      inRotation: false,
      outOfRotationBecause: `a read failed: ${messageOf(error)}`,
    };
  }

  async close(): Promise<void> {
    await this.opening?.catch(() => undefined);
    await Promise.allSettled([this.checks.end(), this.reads?.destroy()]);
  }

  private async queryReplayState(): Promise<ReplayRow> {
    const client = await this.checks.connect();
    try {
      const { rows } = await client.query<ReplayRow>(
        `SELECT pg_is_in_recovery() AS standby,
                pg_last_wal_replay_lsn()::text AS replayed,
                pg_last_wal_receive_lsn()::text AS received,
                EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 AS since_replay`,
      );
      client.release();
      return rows[0];
    } catch (error) {
      client.release(error as Error); // a timed-out or broken connection is not reused
      throw error;
    }
  }

  private openForReads(): Promise<void> {
    if (this.reads?.isInitialized) return Promise.resolve();
    this.opening ??= (async () => {
      const dataSource = new DataSource(
        buildReplicaDataSourceOptions(this.config, this.url, `${this.applicationName}-replica`),
      );
      await dataSource.initialize();
      this.reads = dataSource;
    })().finally(() => (this.opening = undefined));
    return this.opening;
  }

  private settle(
    measured: Partial<ReplicaStatus> & { reachable: boolean; checkedAt: Date },
    outOfRotationBecause: string | null,
  ): ReplicaStatus {
    this.state = {
      ...this.state,
      isPrimary: false,
      replayPosition: null,
      lagBytes: null,
      lagSeconds: null,
      ...measured,
      inRotation: outOfRotationBecause === null,
      outOfRotationBecause,
    };
    return this.state;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message || error.constructor.name : String(error);
}
