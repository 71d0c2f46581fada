import { hostname } from 'node:os';

import { Processor } from '@nestjs/bullmq';

import { QUEUE_CATALOGUE } from './queue-catalogue';
import type { QueueName } from './queue-names';

/**
 * Declares a processor with the queue's catalogue settings. Workers never start on their own:
 * QueueConsumption runs them once Postgres and Redis answer, and only for WORKER_QUEUES.
 */
export function QueueProcessor(queue: QueueName): ClassDecorator {
  const { concurrency, lockDurationMs, limiter } = QUEUE_CATALOGUE[queue];
  return Processor(queue, {
    autorun: false,
    // Recorded on each job it takes (job.processedBy): the admin UI and a recovery after a crash
    // can tell which process held a job.
    name: `${hostname()}:${process.pid}`,
    concurrency,
    lockDuration: lockDurationMs,
    ...(limiter ? { limiter } : {}),
  });
}
