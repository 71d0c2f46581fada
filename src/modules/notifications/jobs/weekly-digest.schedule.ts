import { InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Queue } from 'bullmq';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { WEEKLY_DIGEST_SCHEDULER, WEEKLY_DIGESTS_JOB } from '../application/digest-job';

const RETRY_MS = 5_000;

/**
 * Keeps the notifications queue's Job Scheduler for the weekly digest, as DIGEST_SCHEDULE says:
 * every worker serving the queue upserts the same scheduler id, so N workers make one schedule and
 * one job per fire time; `off` removes it. Started in the background like the media sweep's
 * schedule: a worker whose Redis is not up yet still starts, and tries again until it is.
 *
 * The last worker to start wins: workers started with different settings (a rolling change of
 * DIGEST_SCHEDULE) leave the newest one's schedule.
 */
@Injectable()
export class WeeklyDigestSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WeeklyDigestSchedule');
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectQueue('notifications') private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.worker.queues.includes('notifications')) void this.keep();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  /** Upserts the scheduler (BullMQ adds the job of the next fire time), or removes it when off. */
  async apply(): Promise<void> {
    const { pattern, timezone } = this.config.digestSchedule;
    if (pattern === null) {
      await this.queue.removeJobScheduler(WEEKLY_DIGEST_SCHEDULER);
      return;
    }
    await this.queue.upsertJobScheduler(
      WEEKLY_DIGEST_SCHEDULER,
      { pattern, tz: timezone },
      {
        name: WEEKLY_DIGESTS_JOB,
        data: {},
        // The queue's 12 attempts with backoff: a run is idempotent per fire time.
        opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      },
    );
  }

  private async keep(): Promise<void> {
    try {
      await this.apply();
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn(
        `could not keep the digest schedule, retrying in ${RETRY_MS} ms: ${(error as Error).message}`,
      );
      this.retry = setTimeout(() => void this.keep(), RETRY_MS).unref();
    }
  }
}
