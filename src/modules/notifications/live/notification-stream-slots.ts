import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';

import { ProblemException } from '../../../common/http/problem.exception';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { REDIS } from '../../../infrastructure/redis/redis.tokens';

/** What an over-the-cap client is told to wait: a slot frees when any of its streams ends. */
const RETRY_AFTER_SECONDS = 5;

/**
 * The same leased sorted set as the job wait slots (src/infrastructure/queue/job-status/
 * job-wait-slots.ts), under a key of its own. KEYS: the user's set. ARGV: slot id, cap, lease ms.
 * Expired leases are dropped first, so a crashed instance's slots free themselves.
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
  takeNotificationStreamSlot(
    key: string,
    slot: string,
    cap: number,
    leaseMs: number,
  ): Promise<number[]>;
  renewNotificationStreamSlot(key: string, slot: string, leaseMs: number): Promise<null>;
};

/** One open stream: renew it while it lasts, release it when it ends. */
export interface NotificationStreamSlot {
  /** Extends the lease when a third of it has passed; cheap to call on every heartbeat. */
  keepAlive(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Caps the notification streams one user holds open at once (NOTIFICATION_STREAMS_PER_USER),
 * across every web instance: each is a leased member of the user's sorted set in Redis, renewed
 * while it runs and removed when it ends. An instance that dies loses its slots with their lease.
 */
@Injectable()
export class NotificationStreamSlots {
  private readonly logger = new Logger('NotificationStreamSlots');
  private readonly redis: RedisWithSlots;
  /** How long a slot outlives its last renewal; longer than a heartbeat, which renews it. */
  readonly leaseMs: number;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('takeNotificationStreamSlot', { numberOfKeys: 1, lua: TAKE });
    redis.defineCommand('renewNotificationStreamSlot', { numberOfKeys: 1, lua: RENEW });
    this.redis = redis as RedisWithSlots;
    this.leaseMs = Math.max(30_000, 3 * config.liveNotifications.heartbeatMs);
  }

  /** A slot for `userId`, or 429 when the user already holds NOTIFICATION_STREAMS_PER_USER. */
  async take(userId: string): Promise<NotificationStreamSlot> {
    const key = `notification-streams:user:${userId}`;
    const id = randomUUID();
    const cap = this.config.liveNotifications.streamsPerUser;
    const [taken, held] = await this.redis.takeNotificationStreamSlot(key, id, cap, this.leaseMs);
    if (taken !== 1) throw tooManyStreams(cap, held);
    let renewedAt = Date.now();
    return {
      keepAlive: async () => {
        if (Date.now() - renewedAt < this.leaseMs / 3) return;
        renewedAt = Date.now();
        await this.redis.renewNotificationStreamSlot(key, id, this.leaseMs);
      },
      release: async () => {
        await this.redis.zrem(key, id).catch((error: unknown) => {
          this.logger.warn(`could not release a notification stream slot: ${String(error)}`);
        });
      },
    };
  }
}

function tooManyStreams(cap: number, held: number): ProblemException {
  return new ProblemException({
    status: 429,
    title: 'Too Many Requests',
    detail:
      `You already have ${cap} notification streams open; ` +
      `close one, or retry after ${RETRY_AFTER_SECONDS} s.`,
    code: 'too-many-notification-streams',
    extensions: { limit: cap, current: held },
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
}
