import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';

import type { RateLimitHit } from '../../common/auth/session-reader';
import { ScopeSlot } from '../../common/correlation/correlation-context';

/** What @nestjs/throttler expects back from a storage; times in seconds. */
export interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * One fixed window per tracker: INCR, PEXPIRE on the first hit; the hit over the limit sets a block
 * key for blockDuration and restarts the count (as the library's in-memory storage does). While the
 * block key lives, hits are refused without counting. A Lua function, so that the session script
 * (identity's session-scripts.ts) charges a session's hit with the same code in its own round trip.
 * Arguments: counter key, block key, ttl ms, limit, block ms. Returns hits, ms until the window
 * ends, blocked (0/1), ms until the block ends.
 */
export const RATE_LIMIT_HIT_FUNCTION = `
local function rateLimitHit(counter, block, ttl, limit, blockFor)
  local blockedFor = redis.call('PTTL', block)
  if blockedFor > 0 then
    local hits = tonumber(redis.call('GET', block)) or 0
    return {hits, blockedFor, 1, blockedFor}
  end
  local hits = redis.call('INCR', counter)
  local expiresIn = redis.call('PTTL', counter)
  if expiresIn < 0 then
    redis.call('PEXPIRE', counter, ttl)
    expiresIn = ttl
  end
  if hits <= limit then
    return {hits, expiresIn, 0, 0}
  end
  if blockFor <= 0 then
    return {hits, expiresIn, 1, expiresIn}
  end
  redis.call('SET', block, hits, 'PX', blockFor)
  redis.call('DEL', counter)
  return {hits, blockFor, 1, blockFor}
end
`;

/** KEYS: counter, block. ARGV: ttl ms, limit, block ms. */
const HIT_SCRIPT = `${RATE_LIMIT_HIT_FUNCTION}
return rateLimitHit(KEYS[1], KEYS[2], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]))
`;

/**
 * Hits already charged in this request by the session script (ApiThrottlerGuard asks for it), by
 * counter key: increment answers them instead of counting the hit a second time.
 */
// stateless-ok: a handle on the request scope; what it holds lives and dies with one request
const chargedThisRequest = new ScopeSlot<Map<string, RateLimitHit>>('charged rate-limit hits');

export function rememberChargedHit(counterKey: string, hit: RateLimitHit): void {
  const charged = chargedThisRequest.get() ?? new Map<string, RateLimitHit>();
  charged.set(counterKey, hit);
  chargedThisRequest.set(charged);
}

/** The counter and block keys of a tracker (ip:…, token:<session id>) under one throttler. */
export function rateLimitKeysOf(throttlerName: string, tracker: string) {
  const counter = `rate-limit:${throttlerName}:${tracker}`;
  return { counter, block: `${counter}:blocked` };
}

type HitReply = [number, number, number, number];
type RedisWithHit = Redis & {
  rateLimitHit(counter: string, block: string, ...args: number[]): Promise<HitReply>;
};

/**
 * Counters in Redis, so every web instance draws on the same budget. One round trip per request,
 * and none for a session's hit: the session script charged it (ApiThrottlerGuard).
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly redis: RedisWithHit;

  constructor(redis: Redis) {
    // defineCommand runs the script by its SHA (EVALSHA) and applies the client's key prefix.
    redis.defineCommand('rateLimitHit', { numberOfKeys: 2, lua: HIT_SCRIPT });
    this.redis = redis as RedisWithHit;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const { counter, block } = rateLimitKeysOf(throttlerName, key);
    const charged = chargedThisRequest.get()?.get(counter);
    if (charged) {
      chargedThisRequest.get()?.delete(counter); // one hit charged, one answered
      return throttlerRecordOf(charged);
    }
    const [totalHits, expiresInMs, blocked, blockedForMs] = await this.redis.rateLimitHit(
      counter,
      block,
      ttl,
      limit,
      blockDuration,
    );
    return throttlerRecordOf({
      totalHits,
      expiresInMs,
      isBlocked: blocked === 1,
      blockedForMs,
    });
  }
}

/** A hit in milliseconds (the session script's, or this storage's) as the library wants it. */
export function throttlerRecordOf(hit: RateLimitHit): ThrottlerStorageRecord {
  return {
    totalHits: hit.totalHits,
    timeToExpire: toSeconds(hit.expiresInMs),
    isBlocked: hit.isBlocked,
    timeToBlockExpire: toSeconds(hit.blockedForMs),
  };
}

function toSeconds(milliseconds: number): number {
  return Math.ceil(milliseconds / 1000);
}
