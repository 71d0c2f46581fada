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
  SWEEP_PENDING_UPLOADS_JOB,
  SWEEP_PENDING_UPLOADS_SCHEDULER,
} from '../application/sweep-pending-uploads-job';
import { PENDING_SWEEP_EVERY_MS } from '../domain/media-limits';

const RETRY_MS = 5_000;

/**
 * Keeps the media queue's Job Scheduler for the sweep of uploads never completed. Every worker
 * serving the media queue upserts the same scheduler id, so there is one schedule however many
 * run, and a changed interval replaces the old one. Started in the background: a worker whose
 * Redis is not up yet still starts (DependencyGate holds its queues) and tries again until it is.
 */
@Injectable()
export class PendingUploadSweepSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PendingUploadSweep');
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectQueue('media') private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.worker.queues.includes('media')) void this.keep();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  /** Upserts the scheduler; BullMQ adds its first job at once, then one per interval. */
  async upsert(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_PENDING_UPLOADS_SCHEDULER,
      { every: PENDING_SWEEP_EVERY_MS },
      {
        name: SWEEP_PENDING_UPLOADS_JOB,
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
        `could not schedule the sweep, retrying in ${RETRY_MS} ms: ${(error as Error).message}`,
      );
      this.retry = setTimeout(() => void this.keep(), RETRY_MS).unref();
    }
  }
}
