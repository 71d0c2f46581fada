import { type Job, UnrecoverableError } from 'bullmq';

import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
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
 * job to the use case its name says.
 */
@QueueProcessor('media')
export class MediaProcessor extends DrainableProcessor<unknown, MediaJobResult> {
  constructor(
    private readonly images: ProcessImage,
    private readonly sweep: PendingUploadSweep,
    private readonly purge: PurgeDeletedTasks,
  ) {
    super();
  }

  protected async handle(job: Job<unknown, MediaJobResult>, signal: AbortSignal) {
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
