import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { ThrottledErrorLog } from '../observability/logging/throttled-error-log';
import { TransactionConnectionLost } from './database-unavailable';
import { runInTransactionScope } from './transaction-scope';
import { parseWalPosition } from './wal-position';
import { WritePositions } from './write-positions';

/**
 * A position no replica reaches: a job that carries it reads from the primary. Handed out when the
 * commit's own position could not be read (the primary went away right after COMMIT).
 */
export const PRIMARY_ONLY_POSITION = 'FFFFFFFF/FFFFFFFF';

/**
 * Every write transaction of a module goes through here. After COMMIT, on the same connection, it
 * reads the primary's WAL insert position and records it under the actor, so that the actor's next
 * reads go only to a replica that has replayed this commit (docs/READ-REPLICAS.md). That costs one
 * round trip to Postgres and one to Redis per write; reads pay nothing extra.
 */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger('UnitOfWork');
  private readonly errors = new ThrottledErrorLog(this.logger, 'recording write positions');

  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: WritePositions,
  ) {}

  /** actorId null: a write by the system, whose reads need no stickiness. */
  async run<T>(actorId: string | null, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return (await this.transact(actorId, false, work)).value;
  }

  /**
   * As run, and also answers the commit's WAL position, for a job enqueued after the write: the
   * job carries it and reads from a replica only once that replica has replayed it.
   */
  async commit<T>(
    actorId: string | null,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<{ value: T; position: string }> {
    const { value, position } = await this.transact(actorId, true, work);
    return { value, position: position! };
  }

  private async transact<T>(
    actorId: string | null,
    positionWanted: boolean,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<{ value: T; position?: string }> {
    const runner = this.dataSource.createQueryRunner('master');
    try {
      let value: T;
      try {
        await runner.connect();
        await runner.startTransaction();
        value = await runInTransactionScope(() => work(runner.manager));
        await runner.commitTransaction();
      } catch (error) {
        // TypeORM releases the runner of a connection that breaks, and what runs next on it
        // (BEGIN, the work, COMMIT) fails with "already released" errors: an outage (503), not a
        // bug. The connection may break as soon as the pool hands it out. The server rolls back.
        if (runner.isReleased) throw new TransactionConnectionLost(error);
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      }
      if (!positionWanted && actorId === null) return { value };
      const position = await this.positionAfterCommit(runner.manager);
      if (actorId !== null && position !== undefined) await this.recordPosition(actorId, position);
      return { value, position: position ?? PRIMARY_ONLY_POSITION };
    } finally {
      await runner.release();
    }
  }

  /**
   * The write has committed: failing the request now would invite a retry of a done write, so
   * neither reading the position (the primary may have gone away right after COMMIT) nor keeping
   * it (Redis may be away) may fail it. Either failure is logged and the request succeeds; the
   * actor may then read from a replica that has not replayed the write, for at most its lag.
   */
  private async positionAfterCommit(manager: EntityManager): Promise<string | undefined> {
    try {
      return await currentPosition(manager);
    } catch (error) {
      this.errors.record(error as Error);
      return undefined;
    }
  }

  private async recordPosition(actorId: string, position: string): Promise<void> {
    try {
      await this.positions.record(actorId, parseWalPosition(position));
    } catch (error) {
      this.errors.record(error as Error);
    }
  }
}

/** Read after COMMIT: the insert position is at or past the end of the commit record. */
async function currentPosition(manager: EntityManager): Promise<string> {
  const [{ position }]: { position: string }[] = await manager.query(
    'SELECT pg_current_wal_insert_lsn()::text AS position',
  );
  return position;
}
