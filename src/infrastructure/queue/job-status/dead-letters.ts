import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type Redis from 'ioredis';

import { ProblemException } from '../../../common/http/problem.exception';
import { REDIS } from '../../redis/redis.tokens';
import { queueOfJobId } from '../job-reference';
import { QUEUE_NAMES, type QueueName } from '../queue-names';
import type { Page } from '../../../common/pagination/page';
import type { DeadLetter } from './dead-letter';
import {
  byListOrder,
  deadLetterCursor,
  type DeadLetterPosition,
  isBefore,
} from './dead-letter-position';
import { JobQueues } from './job-queues';

/**
 * Failed-for-good jobs. BullMQ moves a job to `failed` only once its attempts are used up or it
 * threw UnrecoverableError (a retry goes to `delayed`/`waiting` instead), so the failed set is
 * the dead-letter list; queue-catalogue.ts keeps failed jobs 14 days.
 */
@Injectable()
export class DeadLetters {
  constructor(
    private readonly queues: JobQueues,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /**
   * One page, newest first, across one queue or all of them. Keyset on the failed sets' scores
   * (finishedOn) with queue and id as tiebreakers: per queue, the jobs that failed in the cursor's
   * millisecond and up to a page of older ones; merged, then only the page's jobs are read.
   */
  async list(
    queue: QueueName | undefined,
    limit: number,
    after: DeadLetterPosition | undefined,
  ): Promise<Page<DeadLetter>> {
    const names = queue ? [queue] : QUEUE_NAMES;
    const candidates = (
      await Promise.all(names.map((name) => this.positionsIn(name, limit + 1, after)))
    )
      .flat()
      .filter((position) => after === undefined || isBefore(after, position))
      .sort(byListOrder)
      .slice(0, limit + 1);
    const kept = candidates.slice(0, limit);
    const jobs = await Promise.all(
      kept.map(async (position) => {
        const job = await this.queues.of(position.queue).getJob(position.id);
        return job ? toDeadLetter(job, position.queue) : undefined;
      }),
    );
    const last = kept.at(-1);
    return {
      // A job removed (retention, redrive) between the two reads is left out of its page.
      items: jobs.filter((job): job is DeadLetter => job !== undefined),
      nextCursor: candidates.length > limit && last ? deadLetterCursor(last) : null,
    };
  }

  /** Up to `count` positions of one queue's failed set after `after`, plus its ties. */
  private async positionsIn(
    name: QueueName,
    count: number,
    after: DeadLetterPosition | undefined,
  ): Promise<DeadLetterPosition[]> {
    const key = this.failedSetKey(name);
    const max = after ? `(${after.finishedOn}` : '+inf';
    const reads = [this.redis.zrevrangebyscore(key, max, '-inf', 'WITHSCORES', 'LIMIT', 0, count)];
    // Jobs that failed in the cursor's very millisecond: some may still follow the cursor.
    if (after) {
      reads.push(this.redis.zrangebyscore(key, after.finishedOn, after.finishedOn, 'WITHSCORES'));
    }
    return (await Promise.all(reads)).flatMap((flat) => positionsOf(name, flat));
  }

  /**
   * The queue's failed set as the app's Redis client names it. BullMQ's own client offers no
   * range by score; both connect to REDIS_URL, and the app's client adds its key prefix itself.
   */
  private failedSetKey(name: QueueName): string {
    const key = this.queues.of(name).toKey('failed');
    const prefix = this.redis.options.keyPrefix ?? '';
    if (!key.startsWith(prefix)) throw new Error(`queue key ${key} is outside ${prefix}`);
    return key.slice(prefix.length);
  }

  /** The dead job with this id: 404 when unknown, 409 when it is not (or no longer) failed. */
  async find(id: string, queueHint: QueueName | undefined): Promise<DeadLetter> {
    const { job, queue } = await this.deadJob(id, queueHint);
    return toDeadLetter(job, queue);
  }

  /** Puts a dead job back to `waiting` with its attempts reset; returns its queue. */
  async redrive(id: string, queueHint: QueueName | undefined): Promise<QueueName> {
    const { job, queue } = await this.deadJob(id, queueHint);
    try {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    } catch {
      // Someone else redrove it (or it was removed) between the check and the retry.
      throw notDead(id, await this.queues.of(queue).getJobState(id));
    }
    return queue;
  }

  private async deadJob(
    id: string,
    queueHint: QueueName | undefined,
  ): Promise<{ job: Job; queue: QueueName }> {
    const queue = queueHint ?? queueOfJobId(id);
    if (!queue) throw deadJobNotFound(id);
    const bullQueue = this.queues.of(queue);
    const job = await bullQueue.getJob(id);
    if (!job) throw deadJobNotFound(id);
    const state = await bullQueue.getJobState(id);
    if (state !== 'failed') throw notDead(id, state);
    return { job, queue };
  }
}

/** `[id, score, id, score, …]` of a ZRANGE WITHSCORES. */
function positionsOf(queue: QueueName, flat: string[]): DeadLetterPosition[] {
  const positions: DeadLetterPosition[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    positions.push({ id: flat[i], finishedOn: Number(flat[i + 1]), queue });
  }
  return positions;
}

function toDeadLetter(job: Job, queue: QueueName): DeadLetter {
  return {
    id: job.id ?? '',
    queue,
    name: job.name,
    failedReason: job.failedReason || null,
    attemptsMade: job.attemptsMade,
    finishedOn: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    data: job.data as unknown,
  };
}

function deadJobNotFound(id: string): ProblemException {
  return new ProblemException({
    status: 404,
    title: 'Not Found',
    code: 'job-not-found',
    detail: `No job ${id.slice(0, 80)} (give ?queue= for ids that do not name their queue).`,
  });
}

function notDead(id: string, state: string): ProblemException {
  return new ProblemException({
    status: 409,
    title: 'Conflict',
    code: 'job-not-dead',
    detail: `Job ${id.slice(0, 80)} is ${state}, not failed: only dead letters can be redriven.`,
  });
}
