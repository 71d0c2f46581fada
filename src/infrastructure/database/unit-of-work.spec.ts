import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { isDatabaseUnavailable, TransactionConnectionLost } from './database-unavailable';
import { PRIMARY_ONLY_POSITION, UnitOfWork } from './unit-of-work';
import type { WritePositions } from './write-positions';

/** A query runner whose COMMIT and post-commit position query succeed or fail as told. */
function fakes(options: { commit?: Error; position?: Error; record?: Error }) {
  const calls: string[] = [];
  const runner = {
    isTransactionActive: false,
    isReleased: false,
    connect: async () => undefined,
    startTransaction: async () => {
      runner.isTransactionActive = true;
    },
    commitTransaction: async () => {
      calls.push('commit');
      if (options.commit) throw options.commit;
      runner.isTransactionActive = false;
    },
    rollbackTransaction: async () => {
      calls.push('rollback');
      // As TypeORM's runner, which releases itself when its connection breaks.
      if (runner.isReleased) throw new Error('Query runner already released.');
      runner.isTransactionActive = false;
    },
    release: async () => {
      calls.push('release');
    },
    manager: {
      query: async () => {
        calls.push('position');
        if (options.position) throw options.position;
        return [{ position: '0/3000148' }];
      },
    },
  };
  const dataSource = { createQueryRunner: () => runner } as unknown as DataSource;
  const positions = {
    record: async () => {
      calls.push('record');
      if (options.record) throw options.record;
    },
  } as unknown as WritePositions;
  return { unitOfWork: new UnitOfWork(dataSource, positions), calls, runner };
}

describe('UnitOfWork', () => {
  beforeAll(() => Logger.overrideLogger(false)); // the failures below are logged on purpose
  const terminated = new Error('Connection terminated unexpectedly');

  it('answers a committed write although the primary went away before its position was read', async () => {
    const { unitOfWork, calls } = fakes({ position: terminated });
    await expect(unitOfWork.run('actor', async () => 'created')).resolves.toBe('created');
    expect(calls).toEqual(['commit', 'position', 'release']);
  });

  it('hands a job a position no replica reaches when the commit’s own is unknown', async () => {
    const { unitOfWork } = fakes({ position: terminated });
    await expect(unitOfWork.commit('actor', async () => 'queued')).resolves.toEqual({
      value: 'queued',
      position: PRIMARY_ONLY_POSITION,
    });
  });

  it('answers a committed write although Redis could not keep its position', async () => {
    const { unitOfWork, calls } = fakes({ record: new Error('Command timed out') });
    await expect(unitOfWork.commit('actor', async () => 'created')).resolves.toEqual({
      value: 'created',
      position: '0/3000148',
    });
    expect(calls).toEqual(['commit', 'position', 'record', 'release']);
  });

  it('fails a transaction whose connection broke as an outage, not with the failed rollback', async () => {
    const { unitOfWork, runner, calls } = fakes({});
    const work = async () => {
      runner.isReleased = true; // TypeORM released the runner at its connection's error
      throw new Error('Query runner already released. Cannot run queries anymore.');
    };
    const failure = await unitOfWork.run('actor', work).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransactionConnectionLost);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect(calls).not.toContain('rollback');
  });

  it('fails as an outage when the connection broke between checkout and BEGIN', async () => {
    const { unitOfWork, runner, calls } = fakes({});
    runner.startTransaction = async () => {
      runner.isReleased = true; // the pooled connection's error arrived after it was handed out
      throw new Error('Query runner already released. Cannot run queries anymore.');
    };
    const failure = await unitOfWork.run('actor', async () => 'never').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TransactionConnectionLost);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect(calls).toEqual(['release']);
  });

  it('fails the write when COMMIT fails: no success without a commit', async () => {
    const { unitOfWork, calls } = fakes({ commit: terminated });
    await expect(unitOfWork.run('actor', async () => 'created')).rejects.toBe(terminated);
    expect(calls).toEqual(['commit', 'rollback', 'release']);
  });
});
