import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { ProblemException } from '../../../common/http/problem.exception';
import { AppConfig } from '../../config/app-config';
import { type LeasedSlot, LeasedSlots } from '../../redis/leased-slots';
import { REDIS } from '../../redis/redis.tokens';

/** What an over-the-cap client is told to wait: a slot frees when any of its waits ends. */
const RETRY_AFTER_SECONDS = 5;

/** One open stream or long-poll: renew it while it lasts, release it when it ends. */
export type JobWaitSlot = LeasedSlot;

/**
 * Caps the job event streams and long-polls one user holds open at once (JOB_STREAMS_PER_USER),
 * across every web instance (LeasedSlots); a slot ends when the client goes away, the job
 * finishes or the instance shuts down, or with its lease.
 */
@Injectable()
export class JobWaitSlots {
  private readonly slots: LeasedSlots;
  /** How long a slot outlives its last renewal; tests shorten it. */
  leaseMs = 30_000;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    this.slots = new LeasedSlots(redis, 'job wait');
  }

  /** A slot for `userId`, or 429 when the user already holds JOB_STREAMS_PER_USER. */
  async take(userId: string): Promise<JobWaitSlot> {
    const cap = this.config.rateLimits.jobStreamsPerUser;
    const taken = await this.slots.take(`job-waits:user:${userId}`, cap, this.leaseMs);
    if (!taken.slot) throw tooManyJobWaits(cap, taken.held);
    return taken.slot;
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
