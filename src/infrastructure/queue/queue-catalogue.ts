import type { DefaultJobOptions } from 'bullmq';

import type { ModuleWithARole } from '../database/module-roles/module-roles';
import type { QueueName } from './queue-names';

export interface QueueSettings {
  /**
   * The module whose processor serves the queue: its jobs run under the module's database role.
   * None for infrastructure's own queues (mail), which keep the login role.
   */
  module?: ModuleWithARole;
  jobDefaults: DefaultJobOptions;
  /** Jobs one worker process runs at once on this queue. */
  concurrency: number;
  /** How long a job's lock lasts without renewal; a crashed worker's job is retried after it. */
  lockDurationMs: number;
  /**
   * BullMQ rate limit: at most `max` jobs started per `duration` ms. BullMQ keeps the limiter in
   * Redis per queue, so it holds across all workers of the queue, not per process.
   */
  limiter?: { max: number; duration: number };
}

const DAY_SECONDS = 24 * 60 * 60;

function settings(overrides: Partial<QueueSettings> & { attempts: number }): QueueSettings {
  return {
    concurrency: overrides.concurrency ?? 5,
    lockDurationMs: overrides.lockDurationMs ?? 30_000,
    ...(overrides.module ? { module: overrides.module } : {}),
    ...(overrides.limiter ? { limiter: overrides.limiter } : {}),
    jobDefaults: {
      attempts: overrides.attempts,
      backoff: { type: 'exponential', delay: 1_000 },
      // Completed jobs stay long enough for clients to read results; failed ones are the dead letters.
      removeOnComplete: { age: DAY_SECONDS, count: 10_000 },
      removeOnFail: { age: 14 * DAY_SECONDS },
      ...overrides.jobDefaults,
    },
  };
}

/** Each queue is configured here and only here. */
export const QUEUE_CATALOGUE: Record<QueueName, QueueSettings> = {
  system: settings({ module: 'system', attempts: 3 }),
  media: settings({ module: 'media', attempts: 3, concurrency: 2, lockDurationMs: 60_000 }),
  reports: settings({ module: 'analytics', attempts: 3, concurrency: 2, lockDurationMs: 120_000 }),
  email: settings({ attempts: 5, concurrency: 10 }),
  // Retries by schedule: docs/WEBHOOKS.md.
  webhooks: settings({ module: 'webhooks', attempts: 5, concurrency: 20 }),
  // Slack accepts about one message per second per incoming webhook and answers 429 beyond it;
  // 10 jobs/s across the queue keeps a burst (many workspaces, or one busy one) from turning
  // into 429s and retries, while one workspace's webhook rarely sees more than a few a second.
  notifications: settings({
    module: 'notifications',
    attempts: 12,
    concurrency: 10,
    limiter: { max: 10, duration: 1_000 },
  }),
};
