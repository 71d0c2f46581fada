import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';

import type { AppConfig } from '../config/app-config';
import type { QueueName } from './queue-names';

export interface JobSchedule {
  /** The scheduler's fixed id: one schedule per queue, however many workers upsert it. */
  readonly schedulerId: string;
  readonly jobName: string;
  readonly everyMs: number;
}

const RETRY_MS = 5_000;

/**
 * Keeps one BullMQ Job Scheduler for a periodic job of the fleet. Every worker serving the queue
 * upserts the same scheduler id at start, so there is one schedule (one run per interval,
 * whichever worker takes it) however many run, and a changed interval replaces the old one.
 * Upserted in the background: a worker whose Redis is not up yet still starts and tries again
 * until it is. A subclass is an @Injectable() that passes its queue (@InjectQueue) and schedule.
 */
export abstract class KeptJobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  protected constructor(
    private readonly queue: Queue,
    private readonly queueName: QueueName,
    private readonly config: AppConfig,
    private readonly schedule: JobSchedule,
  ) {
    this.logger = new Logger(schedule.schedulerId);
  }

  onApplicationBootstrap(): void {
    if (this.config.worker.queues.includes(this.queueName)) void this.keep();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  /** Upserts the scheduler; BullMQ adds its first job at once, then one per interval. */
  async upsert(): Promise<void> {
    await this.queue.upsertJobScheduler(
      this.schedule.schedulerId,
      { every: this.schedule.everyMs },
      {
        name: this.schedule.jobName,
        data: {},
        opts: { attempts: 1, removeOnComplete: { count: 10 }, removeOnFail: { count: 100 } },
      },
    );
  }

  private async keep(): Promise<void> {
    try {
      await this.upsert();
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn(
        `could not upsert the job scheduler, retrying in ${RETRY_MS} ms: ${(error as Error).message}`,
      );
      this.retry = setTimeout(() => void this.keep(), RETRY_MS).unref();
    }
  }
}
