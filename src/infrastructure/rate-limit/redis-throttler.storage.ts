import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';

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
 * block key lives, hits are refused without counting. KEYS: counter, block. ARGV: ttl ms, limit,
 * block ms. Returns hits, ms until the window ends, blocked (0/1), ms until the block ends.
 */
const HIT_SCRIPT = `
local blockedFor = redis.call('PTTL', KEYS[2])
if blockedFor > 0 then
  local hits = tonumber(redis.call('GET', KEYS[2])) or 0
  return {hits, blockedFor, 1, blockedFor}
end
local hits = redis.call('INCR', KEYS[1])
local expiresIn = redis.call('PTTL', KEYS[1])
if expiresIn < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  expiresIn = tonumber(ARGV[1])
end
if hits <= tonumber(ARGV[2]) then
  return {hits, expiresIn, 0, 0}
end
local blockFor = tonumber(ARGV[3])
if blockFor <= 0 then
  return {hits, expiresIn, 1, expiresIn}
end
redis.call('SET', KEYS[2], hits, 'PX', blockFor)
redis.call('DEL', KEYS[1])
return {hits, blockFor, 1, blockFor}
`;

type HitReply = [number, number, number, number];
type RedisWithHit = Redis & {
  rateLimitHit(counter: string, block: string, ...args: number[]): Promise<HitReply>;
};

/** Counters in Redis, so every web instance draws on the same budget. One round trip per request. */
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
    const counter = `rate-limit:${throttlerName}:${key}`;
    const [totalHits, expiresInMs, blocked, blockedForMs] = await this.redis.rateLimitHit(
      counter,
      `${counter}:blocked`,
      ttl,
      limit,
      blockDuration,
    );
    return {
      totalHits,
      timeToExpire: toSeconds(expiresInMs),
      isBlocked: blocked === 1,
      timeToBlockExpire: toSeconds(blockedForMs),
    };
  }
}

function toSeconds(milliseconds: number): number {
  return Math.ceil(milliseconds / 1000);
}
