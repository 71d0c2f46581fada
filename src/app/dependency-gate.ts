import { setTimeout as sleep } from 'node:timers/promises';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

import { REDIS } from '../infrastructure/redis/redis.tokens';

const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000];

/** Holds the worker back until Postgres and Redis answer, so no job starts against a dead store. */
@Injectable()
export class DependencyGate {
  private readonly logger = new Logger('DependencyGate');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async waitUntilOpen(isCancelled: () => boolean): Promise<boolean> {
    for (let attempt = 0; !isCancelled(); attempt++) {
      const problem = await this.firstProblem();
      if (!problem) return true;
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
      this.logger.warn(`waiting for dependencies: ${problem}; retrying in ${delay} ms`);
      await sleep(delay);
    }
    return false;
  }

  private async firstProblem(): Promise<string | undefined> {
    try {
      if (!this.dataSource.isInitialized) await this.dataSource.initialize();
      await this.dataSource.query('SELECT 1');
    } catch (error) {
      return `postgres: ${(error as Error).message}`;
    }
    try {
      await this.redis.ping();
    } catch (error) {
      return `redis: ${(error as Error).message}`;
    }
    return undefined;
  }
}
