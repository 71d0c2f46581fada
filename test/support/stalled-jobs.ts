import { hostname } from 'node:os';

import { type Queue, Worker } from 'bullmq';
import type Redis from 'ioredis';

import { redisConnectionOptions } from '../../src/infrastructure/redis/redis-connection-options';
import type { AppConfig } from '../../src/infrastructure/config/app-config';
import { waitFor } from './wait-for';

/**
 * What BullMQ does on its own once a dead worker's locks expire, done now: a killed worker's jobs
 * stay `active` under its lock for the queue's lockDuration (30–120 s here), and the stalled check
 * runs every 30 s. This deletes the locks of the jobs the dead worker held (as expiry would) and
 * runs BullMQ's own stalled check until none of them is active under that worker any more (back in
 * `waiting`, or already taken by a live worker). Resolves the ids of the jobs handed back.
 *
 * A live worker's jobs keep their locks, and the stalled check leaves jobs with a lock alone.
 * `deadWorker` is the worker's name as BullMQ records it on jobs: `<hostname>:<pid>` for tenfold's
 * workers (src/infrastructure/queue/queue-processor.decorator.ts).
 */
export async function handBackJobsOfDeadWorker(
  config: AppConfig,
  redis: Redis,
  queue: Queue,
  deadWorker: string,
): Promise<string[]> {
  const jobIds = await activeJobsOf(queue, deadWorker);
  await Promise.all(jobIds.map((id) => redis.del(queue.toKey(`${id}:lock`))));
  const checker = new Worker(queue.name, null, {
    connection: redisConnectionOptions(config, 'bullmq'),
    prefix: queue.opts.prefix,
    autorun: false,
  });
  // Internal but stable across BullMQ 5–6: the method the worker's stalled-check timer calls.
  const check = (checker as unknown as { moveStalledJobsToWait(): Promise<void> })
    .moveStalledJobsToWait;
  try {
    // The first pass marks active jobs as suspects, the next moves those without a lock.
    await waitFor(
      `jobs ${jobIds.join(', ')} of ${deadWorker} to be handed back`,
      async () => {
        await redis.del(queue.toKey('stalled-check'));
        await check.call(checker);
        const stillHeld = await activeJobsOf(queue, deadWorker);
        return jobIds.some((id) => stillHeld.includes(id)) ? undefined : true;
      },
      10_000,
      200,
    );
  } finally {
    await checker.close();
  }
  return jobIds;
}

/** Active jobs a given worker process had taken (BullMQ records the worker's name on the job). */
export async function activeJobsOf(queue: Queue, workerName: string): Promise<string[]> {
  const active = await queue.getActive();
  return active.filter((job) => job.processedBy === workerName).map((job) => job.id ?? '');
}

/** The name tenfold's worker process `pid` on this host gives BullMQ. */
export const workerNameOf = (pid: number): string => `${hostname()}:${pid}`;
