import { Queue } from 'bullmq';
import IORedis from 'ioredis';

import { fromBuild } from './build';

type QueueCatalogue =
  typeof import('../../src/infrastructure/queue/queue-catalogue').QUEUE_CATALOGUE;

/** The stack's Redis, as tenfold's config defaults to it. */
export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:56379';
/** BullMQ's key prefix, as tenfold sets it. */
export const BULL_PREFIX = `${process.env.REDIS_KEY_PREFIX || 'tenfold'}:bull`;

/** tenfold's queues and their settings, from the build (read when asked: dist/ may be missing). */
export function queueCatalogue(): QueueCatalogue {
  return fromBuild<{ QUEUE_CATALOGUE: QueueCatalogue }>('infrastructure/queue/queue-catalogue')
    .QUEUE_CATALOGUE;
}

/** A Redis connection for BullMQ (no retry limit per request, as BullMQ requires). */
export function redisForQueues(): IORedis {
  return new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
}

/** Queues on one Redis connection, each opened when first asked for; close() ends them all. */
export function openQueues(): { queue(name: string): Queue; close(): Promise<void> } {
  const connection = redisForQueues();
  const queues = new Map<string, Queue>();
  return {
    queue(name) {
      let queue = queues.get(name);
      if (!queue) {
        queue = new Queue(name, { connection, prefix: BULL_PREFIX });
        queues.set(name, queue);
      }
      return queue;
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
      connection.disconnect();
    },
  };
}
