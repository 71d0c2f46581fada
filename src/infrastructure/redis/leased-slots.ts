import { randomUUID } from 'node:crypto';

import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';

/**
 * KEYS: the holder's sorted set (member: slot id, score: lease end in Redis time). ARGV: slot id,
 * cap, lease ms. Leases past their end are dropped first, so slots of a crashed instance free
 * themselves. Returns 1 (taken) or 0 (at the cap) and the slots held.
 */
const TAKE = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local held = redis.call('ZCARD', KEYS[1])
if held >= tonumber(ARGV[2]) then return {0, held} end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {1, held + 1}
`;

/** KEYS: the holder's set. ARGV: slot id, lease ms. Extends the slot's lease (and the set's). */
const RENEW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
`;

type RedisWithSlots = Redis & {
  takeLeasedSlot(key: string, slot: string, cap: number, leaseMs: number): Promise<number[]>;
  renewLeasedSlot(key: string, slot: string, leaseMs: number): Promise<null>;
};

/** One held slot: renew it while its work lasts, release it when the work ends. */
export interface LeasedSlot {
  /** Extends the lease when a third of it has passed; cheap to call on every loop turn. */
  keepAlive(): Promise<void>;
  release(): Promise<void>;
}

/** A slot, or how many the holder has when at the cap. */
export type SlotTaken = { slot: LeasedSlot } | { slot: null; held: number };

/**
 * At most `cap` things at once per holder across every instance (open streams, long-polls): each
 * is a leased member of the holder's sorted set in Redis, renewed while it runs and removed when
 * it ends. An instance that dies without removing its slots loses them when their lease runs out.
 * One round trip to take, one per renewal, one to release.
 */
export class LeasedSlots {
  private readonly logger: Logger;
  private readonly redis: RedisWithSlots;

  /** `what` names the slots in logs ("job wait", "notification stream"). */
  constructor(
    redis: Redis,
    private readonly what: string,
  ) {
    // Defining a command again on the same connection replaces it with the same script.
    redis.defineCommand('takeLeasedSlot', { numberOfKeys: 1, lua: TAKE });
    redis.defineCommand('renewLeasedSlot', { numberOfKeys: 1, lua: RENEW });
    this.redis = redis as RedisWithSlots;
    this.logger = new Logger(`LeasedSlots(${what})`);
  }

  async take(key: string, cap: number, leaseMs: number): Promise<SlotTaken> {
    const id = randomUUID();
    const [taken, held] = await this.redis.takeLeasedSlot(key, id, cap, leaseMs);
    if (taken !== 1) return { slot: null, held };
    let renewedAt = Date.now();
    return {
      slot: {
        keepAlive: async () => {
          if (Date.now() - renewedAt < leaseMs / 3) return;
          renewedAt = Date.now();
          await this.redis.renewLeasedSlot(key, id, leaseMs);
        },
        release: async () => {
          // A slot that cannot be removed now ends with its lease; the caller's answer stands.
          await this.redis.zrem(key, id).catch((error: unknown) => {
            this.logger.warn(`could not release a ${this.what} slot: ${String(error)}`);
          });
        },
      },
    };
  }
}
