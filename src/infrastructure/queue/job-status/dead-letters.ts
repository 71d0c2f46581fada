import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

import { ProblemException } from '../../../common/http/problem.exception';
import { queueOfJobId } from '../job-reference';
import { QUEUE_NAMES, type QueueName } from '../queue-names';
import type { DeadLetter } from './dead-letter';
import { JobQueues } from './job-queues';

/**
 * Failed-for-good jobs. BullMQ moves a job to `failed` only once its attempts are used up or it
 * threw UnrecoverableError (a retry goes to `delayed`/`waiting` instead), so the failed set is
 * the dead-letter list; queue-catalogue.ts keeps failed jobs 14 days.
 */
@Injectable()
export class DeadLetters {
  constructor(private readonly queues: JobQueues) {}

  /** Newest first, across one queue or all of them. */
  async list(queue: QueueName | undefined, limit: number): Promise<DeadLetter[]> {
    const names = queue ? [queue] : QUEUE_NAMES;
    const perQueue = await Promise.all(
      names.map(async (name) => {
        const jobs = await this.queues.of(name).getFailed(0, limit - 1);
        return jobs.filter((job): job is Job => Boolean(job)).map((job) => toDeadLetter(job, name));
      }),
    );
    return perQueue
      .flat()
      .sort((a, b) => (b.finishedOn ?? '').localeCompare(a.finishedOn ?? ''))
      .slice(0, limit);
  }

  /** Puts a dead job back to `waiting` with its attempts reset; returns its queue. */
  async redrive(id: string, queueHint: QueueName | undefined): Promise<QueueName> {
    const queue = queueHint ?? queueOfJobId(id);
    if (!queue) throw deadJobNotFound(id);
    const bullQueue = this.queues.of(queue);
    const job = await bullQueue.getJob(id);
    if (!job) throw deadJobNotFound(id);
    const state = await bullQueue.getJobState(id);
    if (state !== 'failed') throw notDead(id, state);
    try {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    } catch {
      // Someone else redrove it (or it was removed) between the check and the retry.
      throw notDead(id, await bullQueue.getJobState(id));
    }
    return queue;
  }
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
