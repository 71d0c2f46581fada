import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.tokens';
import { fromSortableWalPosition, sortableWalPosition, type WalPosition } from './wal-position';

// Keeps the later of the stored and the given position: two writes of one actor may commit in one
// order and record in the other. Positions are fixed-width hex, so string order is number order.
const RECORD_IF_LATER = `
local current = redis.call('GET', KEYS[1])
if current and current >= ARGV[1] then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
`;

/**
 * Each actor's last write position on the primary, kept in Redis for DB_READ_YOUR_WRITES_SECONDS
 * so that every instance routes that actor's reads alike. Past that time a replica is assumed to
 * have caught up (the monitor ejects replicas that lag longer than DB_REPLICA_MAX_LAG_SECONDS).
 */
@Injectable()
export class WritePositions {
  private readonly ttlSeconds: number;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    config: AppConfig,
  ) {
    this.ttlSeconds = config.database.routing.readYourWritesSeconds;
  }

  async record(actorId: string, position: WalPosition): Promise<void> {
    await this.redis.eval(
      RECORD_IF_LATER,
      1,
      keyOf(actorId),
      sortableWalPosition(position),
      this.ttlSeconds,
    );
  }

  async of(actorId: string): Promise<WalPosition | null> {
    const stored = await this.redis.get(keyOf(actorId));
    return stored === null ? null : fromSortableWalPosition(stored);
  }
}

const keyOf = (actorId: string) => `write-position:${actorId}`;
