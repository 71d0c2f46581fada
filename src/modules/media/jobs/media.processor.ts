import { type Job, UnrecoverableError } from 'bullmq';

import { AppConfig } from '../../../infrastructure/config/app-config';
import {
  delayWhileCircuitOpen,
  isCircuitOpenFor,
} from '../../../infrastructure/queue/delay-while-circuit-open';
import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
import { dependencySettingsOf } from '../../../infrastructure/resilience/dependency-settings';
import { S3_DEPENDENCY } from '../../../infrastructure/storage/s3-dependency';
import { QueueProcessor } from '../../../infrastructure/queue/queue-processor.decorator';
import { PROCESS_IMAGE_JOB, type ProcessImageJobResult } from '../application/media-job';
import {
  PURGE_CATCH_UP_AFTER_MS,
  PURGE_DELETED_TASKS_JOB,
  type PurgeDeletedTasksJobData,
  type PurgeDeletedTasksResult,
} from '../application/purge-deleted-tasks-job';
import {
  SWEEP_PENDING_UPLOADS_JOB,
  type SweepPendingUploadsResult,
} from '../application/sweep-pending-uploads-job';
import { ProcessImage, type ProcessImageJob } from './process-image';
import { PendingUploadSweep } from './pending-upload-sweep';
import { PurgeDeletedTasks } from './purge-deleted-tasks';

type MediaJobResult = ProcessImageJobResult | SweepPendingUploadsResult | PurgeDeletedTasksResult;

/**
 * The media queue's one processor (BullMQ runs one worker per queue and processor): it hands each
 * job to the use case its name says. Every media job works on S3: while the `s3` breaker is open,
 * a job is delayed until the breaker may close, without using an attempt (its steps are safe to
 * run again in full).
 */
@QueueProcessor('media')
export class MediaProcessor extends DrainableProcessor<unknown, MediaJobResult> {
  constructor(
    private readonly images: ProcessImage,
    private readonly sweep: PendingUploadSweep,
    private readonly purge: PurgeDeletedTasks,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected async handle(job: Job<unknown, MediaJobResult>, signal: AbortSignal) {
    try {
      return await this.run(job, signal);
    } catch (error) {
      if (!isCircuitOpenFor(error, S3_DEPENDENCY)) throw error;
      const { resetMs } = dependencySettingsOf(this.config, S3_DEPENDENCY);
      return delayWhileCircuitOpen(job, error, resetMs);
    }
  }

  private async run(job: Job<unknown, MediaJobResult>, signal: AbortSignal) {
    switch (job.name) {
      case PROCESS_IMAGE_JOB:
        return this.images.run(job as ProcessImageJob, signal);
      case PURGE_DELETED_TASKS_JOB:
        return this.purge.run({ eventId: (job.data as PurgeDeletedTasksJobData).eventId }, signal);
      case SWEEP_PENDING_UPLOADS_JOB: {
        // The periodic run also catches up deleted tasks whose own purge came too early or failed.
        const swept = await this.sweep.run(signal);
        const purged = await this.purge.run({ olderThanMs: PURGE_CATCH_UP_AFTER_MS }, signal);
        return { ...swept, deletedTasksPurged: purged.tasks };
      }
      default:
        throw new UnrecoverableError(`unknown media job "${job.name}"`);
    }
  }
}
