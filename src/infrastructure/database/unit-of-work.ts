import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { ThrottledErrorLog } from '../observability/logging/throttled-error-log';
import { runInTransactionScope } from './transaction-scope';
import { parseWalPosition } from './wal-position';
import { WritePositions } from './write-positions';

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
      await runner.connect();
      await runner.startTransaction();
      let value: T;
      try {
        value = await runInTransactionScope(() => work(runner.manager));
        await runner.commitTransaction();
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      }
      if (positionWanted) {
        const position = await currentPosition(runner.manager);
        if (actorId !== null) await this.recordPosition(actorId, () => Promise.resolve(position));
        return { value, position };
      }
      if (actorId !== null)
        await this.recordPosition(actorId, () => currentPosition(runner.manager));
      return { value };
    } finally {
      await runner.release();
    }
  }

  /**
   * The write has committed: failing the request now would invite a retry of a done write. If the
   * position cannot be kept, the actor may read from a replica that has not replayed it yet, for
   * at most the replica's lag; that is logged, and the request still succeeds.
   */
  private async recordPosition(actorId: string, position: () => Promise<string>): Promise<void> {
    try {
      await this.positions.record(actorId, parseWalPosition(await position()));
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
