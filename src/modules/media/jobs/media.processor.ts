import { type Job, UnrecoverableError } from 'bullmq';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
import { postponeWhileDependencyDown } from '../../../infrastructure/queue/postpone-while-dependency-down';
import { BreakerRegistry } from '../../../infrastructure/resilience/breaker-registry';
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
 * job to the use case its name says. Every media job works on S3: while S3 is down (the `s3`
 * breaker open, or opened by the job's own call), a job is delayed until the breaker may close,
 * without using an attempt (its steps are safe to run again in full).
 */
@QueueProcessor('media')
export class MediaProcessor extends DrainableProcessor<unknown, MediaJobResult> {
  constructor(
    private readonly images: ProcessImage,
    private readonly sweep: PendingUploadSweep,
    private readonly purge: PurgeDeletedTasks,
    private readonly config: AppConfig,
    private readonly breakers: BreakerRegistry,
  ) {
    super();
  }

  protected async handle(job: Job<unknown, MediaJobResult>, signal: AbortSignal) {
    try {
      return await this.run(job, signal);
    } catch (error) {
      const { resetMs } = dependencySettingsOf(this.config, S3_DEPENDENCY);
      await postponeWhileDependencyDown(job, error, S3_DEPENDENCY, this.breakers, resetMs);
      throw error;
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
