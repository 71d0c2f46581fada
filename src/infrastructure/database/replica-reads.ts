import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';

import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { MetricsRegistry } from '../observability/metrics/metrics-registry';
import { noteReadRoute, type ReadRouteReason } from './read-route';
import type { Replica } from './replica';
import { ReplicaMonitor } from './replica-monitor';
import { insideTransaction } from './transaction-scope';
import { laterWalPosition, parseWalPosition, type WalPosition } from './wal-position';
import { WritePositions } from './write-positions';

/**
 * Whose writes a replica read must see. `actorId`: the caller, whose last write position is kept
 * in Redis after each commit; null for anonymous or system reads. `atLeast`: a WAL position a job
 * carries from the request that enqueued it. `waitMs`: how long to wait for a replica to replay it
 * before reading from the primary (jobs wait briefly; requests never do).
 */
export interface Reader {
  actorId: string | null;
  atLeast?: string;
  waitMs?: number;
}

type Work<T> = (manager: EntityManager) => Promise<T>;

/**
 * Read paths opt in to the replicas here. The work runs on a replica in the rotation that has
 * replayed the reader's own writes, else on the primary; inside a write transaction always on the
 * primary. Counted in tenfold_db_reads_total by destination and reason (docs/READ-REPLICAS.md).
 */
@Injectable()
export class ReplicaReads {
  private readonly reads: Counter<'destination' | 'reason'>;

  constructor(
    private readonly primary: DataSource,
    private readonly monitor: ReplicaMonitor,
    private readonly positions: WritePositions,
    private readonly config: AppConfig,
    registry: MetricsRegistry,
  ) {
    this.reads = new Counter({
      name: 'tenfold_db_reads_total',
      help: 'Reads of paths that opt in to replicas, by destination (primary or replica) and reason',
      labelNames: ['destination', 'reason'],
      registers: [registry],
    });
  }

  async run<T>(reader: Reader, work: Work<T>): Promise<T> {
    if (insideTransaction()) return this.onPrimary('in-transaction', work);
    if (this.monitor.replicas.length === 0) return this.onPrimary('no-replicas', work);
    let needed: WalPosition | null;
    try {
      needed = await this.positionToSee(reader);
    } catch {
      // Redis did not say how far the reader has written: only the primary is surely current.
      return this.onPrimary('position-unknown', work);
    }
    const pick = await this.pickReplica(needed, reader.waitMs ?? 0);
    if (!pick.replica) return this.onPrimary(pick.reason, work);
    const { replica, reads } = pick;
    const reason = needed === null ? 'no-recent-writes' : 'caught-up';
    try {
      return await this.count(replica.name, 'replica', reason, () => work(reads.manager));
    } catch (error) {
      // A domain error is an answer (404…), the same on any server. Anything else may be the
      // replica failing mid-read: take it out and read again where the data surely is.
      if (error instanceof DomainError) throw error;
      replica.suspect(error);
      return this.onPrimary('replica-failed', work);
    }
  }

  private async positionToSee(reader: Reader): Promise<WalPosition | null> {
    const carried = reader.atLeast ? parseWalPosition(reader.atLeast) : null;
    if (reader.actorId === null) return carried;
    return laterWalPosition(carried, await this.positions.of(reader.actorId));
  }

  private async pickReplica(needed: WalPosition | null, waitMs: number): Promise<ReplicaPick> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const usable = this.monitor.replicas.filter((replica) => replica.dataSource !== undefined);
      const caughtUp = await caughtUpAmong(usable, needed);
      const replica = caughtUp[Math.floor(Math.random() * caughtUp.length)];
      // Taken now: a check may take the replica out of the rotation while the read runs.
      const reads = replica?.dataSource;
      if (replica && reads) return { replica, reads };
      if (Date.now() >= deadline) {
        return { reason: usable.length === 0 ? 'replica-unhealthy' : 'not-caught-up' };
      }
      await sleep(Math.min(this.config.database.routing.checkIntervalMs, deadline - Date.now()));
    }
  }

  private onPrimary<T>(reason: ReadRouteReason, work: Work<T>): Promise<T> {
    return this.count('primary', 'primary', reason, () => work(this.primary.manager));
  }

  private async count<T>(
    server: string,
    destination: 'primary' | 'replica',
    reason: ReadRouteReason,
    read: () => Promise<T>,
  ): Promise<T> {
    this.reads.inc({ destination, reason });
    noteReadRoute({ server, reason });
    return read();
  }
}

/** A replica with the DataSource to read from, or why the read goes to the primary. */
type ReplicaPick =
  | { replica: Replica; reads: DataSource; reason?: undefined }
  | { replica?: undefined; reason: ReadRouteReason };

async function caughtUpAmong(replicas: Replica[], needed: WalPosition | null): Promise<Replica[]> {
  if (needed === null) return replicas;
  const replayed = await Promise.all(replicas.map((replica) => replica.hasReplayed(needed)));
  return replicas.filter((_, i) => replayed[i]);
}
