import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type Redis from 'ioredis';

import { REDIS } from './redis.tokens';

/**
 * BullMQ loses jobs silently when Redis evicts keys, so anything but noeviction is worth a loud
 * warning. INFO is used instead of CONFIG GET because managed Redis often disables CONFIG.
 */
@Injectable()
export class EvictionPolicyCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Redis');

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationBootstrap(): Promise<void> {
    const policy = await this.readPolicy();
    if (policy === 'noeviction') return;
    this.logger.warn(
      `Redis maxmemory-policy is "${policy ?? 'unknown'}", not "noeviction": under memory pressure ` +
        'Redis may evict queued jobs, sessions and idempotency keys. Set maxmemory-policy noeviction.',
    );
  }

  async readPolicy(): Promise<string | undefined> {
    try {
      const info = await this.redis.info('memory');
      return /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
    } catch {
      return undefined;
    }
  }
}
