import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { ProblemException } from '../../../common/http/problem.exception';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { type LeasedSlot, LeasedSlots } from '../../../infrastructure/redis/leased-slots';
import { REDIS } from '../../../infrastructure/redis/redis.tokens';

/** What an over-the-cap client is told to wait: a slot frees when any of its streams ends. */
const RETRY_AFTER_SECONDS = 5;

/** One open stream: renew it while it lasts, release it when it ends. */
export type NotificationStreamSlot = LeasedSlot;

/**
 * Caps the notification streams one user holds open at once (NOTIFICATION_STREAMS_PER_USER),
 * across every web instance (LeasedSlots, as the job waits are capped, under a key of its own).
 */
@Injectable()
export class NotificationStreamSlots {
  private readonly slots: LeasedSlots;
  /** How long a slot outlives its last renewal; longer than a heartbeat, which renews it. */
  readonly leaseMs: number;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    this.slots = new LeasedSlots(redis, 'notification stream');
    this.leaseMs = Math.max(30_000, 3 * config.liveNotifications.heartbeatMs);
  }

  /** A slot for `userId`, or 429 when the user already holds NOTIFICATION_STREAMS_PER_USER. */
  async take(userId: string): Promise<NotificationStreamSlot> {
    const cap = this.config.liveNotifications.streamsPerUser;
    const taken = await this.slots.take(`notification-streams:user:${userId}`, cap, this.leaseMs);
    if (!taken.slot) throw tooManyStreams(cap, taken.held);
    return taken.slot;
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
