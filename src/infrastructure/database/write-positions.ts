import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { ScopeSlot } from '../../common/correlation/correlation-context';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.tokens';
import {
  fromSortableWalPosition,
  laterWalPosition,
  sortableWalPosition,
  type WalPosition,
} from './wal-position';

// Keeps the later of the stored and the given position: two writes of one actor may commit in one
// order and record in the other. Positions are fixed-width hex, so string order is number order.
export const RECORD_IF_LATER_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if current and current >= ARGV[1] then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
`;

/** actorId → last write position (null: none kept), as far as this request knows it. */
// stateless-ok: a handle on the request scope; what it holds lives and dies with one request
const knownThisRequest = new ScopeSlot<Map<string, WalPosition | null>>('write positions');

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

  /**
   * The actor's position as read along with something else in the same Redis round trip (the
   * session script reads it with the session): `of` answers it for the rest of this request
   * without asking Redis again. `stored` is the raw value (null: no recent write).
   */
  learned(actorId: string, stored: string | null): void {
    const known = knownThisRequest.get() ?? new Map<string, WalPosition | null>();
    known.set(actorId, stored === null ? null : fromSortableWalPosition(stored));
    knownThisRequest.set(known);
  }

  async record(actorId: string, position: WalPosition): Promise<void> {
    const known = knownThisRequest.get();
    if (known?.has(actorId)) known.set(actorId, laterWalPosition(known.get(actorId), position));
    await this.redis.eval(
      RECORD_IF_LATER_SCRIPT,
      1,
      keyOf(actorId),
      sortableWalPosition(position),
      this.ttlSeconds,
    );
  }

  async of(actorId: string): Promise<WalPosition | null> {
    const known = knownThisRequest.get();
    if (known?.has(actorId)) return known.get(actorId) ?? null;
    const stored = await this.redis.get(keyOf(actorId));
    return stored === null ? null : fromSortableWalPosition(stored);
  }
}

/** Before the actor's id; a script that learns the id from a session builds the key from it. */
export const WRITE_POSITION_KEY_PREFIX = 'write-position:';

const keyOf = (actorId: string) => `${WRITE_POSITION_KEY_PREFIX}${actorId}`;
