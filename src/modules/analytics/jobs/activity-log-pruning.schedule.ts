import { InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Queue } from 'bullmq';

import { AppConfig } from '../../../infrastructure/config/app-config';
import {
  PRUNE_ACTIVITY_LOG_EVERY_MS,
  PRUNE_ACTIVITY_LOG_JOB,
  PRUNE_ACTIVITY_LOG_SCHEDULER,
} from '../application/prune-activity-log-job';

const RETRY_MS = 5_000;

/**
 * Keeps the reports queue's Job Scheduler for the activity log's retention. Every worker serving
 * the reports queue upserts the same scheduler id, so the fleet has one schedule (one run per
 * interval, whichever worker takes it). Started in the background: a worker whose Redis is not up
 * yet still starts and tries again until it is. Same shape as media's PendingUploadSweepSchedule.
 */
@Injectable()
export class ActivityLogPruningSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ActivityLogPruning');
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectQueue('reports') private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.worker.queues.includes('reports')) void this.keep();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  /** Upserts the scheduler; BullMQ adds its first job at once, then one per interval. */
  async upsert(): Promise<void> {
    await this.queue.upsertJobScheduler(
      PRUNE_ACTIVITY_LOG_SCHEDULER,
      { every: PRUNE_ACTIVITY_LOG_EVERY_MS },
      {
        name: PRUNE_ACTIVITY_LOG_JOB,
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
        `could not schedule the pruning, retrying in ${RETRY_MS} ms: ${(error as Error).message}`,
      );
      this.retry = setTimeout(() => void this.keep(), RETRY_MS).unref();
    }
  }
}
