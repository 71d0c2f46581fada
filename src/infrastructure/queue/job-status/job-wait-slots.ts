import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';

import { ProblemException } from '../../../common/http/problem.exception';
import { AppConfig } from '../../config/app-config';
import { REDIS } from '../../redis/redis.tokens';

/** What an over-the-cap client is told to wait: a slot frees when any of its waits ends. */
const RETRY_AFTER_SECONDS = 5;

/**
 * KEYS: the user's sorted set (member: slot id, score: lease end in Redis time). ARGV: slot id,
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

/** KEYS: the user's set. ARGV: slot id, lease ms. Extends the slot's lease (and the set's). */
const RENEW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
`;

type RedisWithSlots = Redis & {
  takeJobWaitSlot(key: string, slot: string, cap: number, leaseMs: number): Promise<number[]>;
  renewJobWaitSlot(key: string, slot: string, leaseMs: number): Promise<null>;
};

/** One open stream or long-poll: renew it while it lasts, release it when it ends. */
export interface JobWaitSlot {
  /** Extends the lease when a third of it has passed; cheap to call on every loop turn. */
  keepAlive(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Caps the job event streams and long-polls one user holds open at once (JOB_STREAMS_PER_USER),
 * across every web instance: each is a leased member of the user's sorted set in Redis, renewed
 * while it runs and removed when it ends (the client went away, the job finished, shutdown). An
 * instance that dies without removing its slots loses them when their lease runs out.
 */
@Injectable()
export class JobWaitSlots {
  private readonly logger = new Logger('JobWaitSlots');
  private readonly redis: RedisWithSlots;
  /** How long a slot outlives its last renewal; tests shorten it. */
  leaseMs = 30_000;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('takeJobWaitSlot', { numberOfKeys: 1, lua: TAKE });
    redis.defineCommand('renewJobWaitSlot', { numberOfKeys: 1, lua: RENEW });
    this.redis = redis as RedisWithSlots;
  }

  /** A slot for `userId`, or 429 when the user already holds JOB_STREAMS_PER_USER. */
  async take(userId: string): Promise<JobWaitSlot> {
    const key = `job-waits:user:${userId}`;
    const id = randomUUID();
    const cap = this.config.rateLimits.jobStreamsPerUser;
    const [taken, held] = await this.redis.takeJobWaitSlot(key, id, cap, this.leaseMs);
    if (taken !== 1) throw tooManyJobWaits(cap, held);
    let renewedAt = Date.now();
    return {
      keepAlive: async () => {
        if (Date.now() - renewedAt < this.leaseMs / 3) return;
        renewedAt = Date.now();
        await this.redis.renewJobWaitSlot(key, id, this.leaseMs);
      },
      release: async () => {
        // A slot that cannot be removed now ends with its lease; the caller's answer stands.
        await this.redis.zrem(key, id).catch((error: unknown) => {
          this.logger.warn(`could not release a job wait slot: ${String(error)}`);
        });
      },
    };
  }
}

function tooManyJobWaits(cap: number, held: number): ProblemException {
  return new ProblemException({
    status: 429,
    title: 'Too Many Requests',
    detail:
      `You already follow ${cap} jobs at once (event streams and long-polls together); ` +
      `close one, or retry after ${RETRY_AFTER_SECONDS} s.`,
    code: 'too-many-job-streams',
    extensions: { limit: cap, current: held },
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
}
