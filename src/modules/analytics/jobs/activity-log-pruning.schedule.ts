import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { KeptJobScheduler } from '../../../infrastructure/queue/kept-job-scheduler';
import {
  PRUNE_ACTIVITY_LOG_EVERY_MS,
  PRUNE_ACTIVITY_LOG_JOB,
  PRUNE_ACTIVITY_LOG_SCHEDULER,
} from '../application/prune-activity-log-job';

/**
 * The reports queue's Job Scheduler for the activity log's retention: one schedule for the fleet,
 * whichever workers serve the queue (KeptJobScheduler).
 */
@Injectable()
export class ActivityLogPruningSchedule extends KeptJobScheduler {
  constructor(@InjectQueue('reports') queue: Queue, config: AppConfig) {
    super(queue, 'reports', config, {
      schedulerId: PRUNE_ACTIVITY_LOG_SCHEDULER,
      jobName: PRUNE_ACTIVITY_LOG_JOB,
      everyMs: PRUNE_ACTIVITY_LOG_EVERY_MS,
    });
  }
}
