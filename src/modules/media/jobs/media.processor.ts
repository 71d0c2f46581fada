import { type Job, UnrecoverableError } from 'bullmq';

import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
import { QueueProcessor } from '../../../infrastructure/queue/queue-processor.decorator';
import { PROCESS_IMAGE_JOB, type ProcessImageJobResult } from '../application/media-job';
import {
  SWEEP_PENDING_UPLOADS_JOB,
  type SweepPendingUploadsResult,
} from '../application/sweep-pending-uploads-job';
import { ProcessImage, type ProcessImageJob } from './process-image';
import { PendingUploadSweep } from './pending-upload-sweep';

type MediaJobResult = ProcessImageJobResult | SweepPendingUploadsResult;

/**
 * The media queue's one processor (BullMQ runs one worker per queue and processor): it hands each
 * job to the use case its name says.
 */
@QueueProcessor('media')
export class MediaProcessor extends DrainableProcessor<unknown, MediaJobResult> {
  constructor(
    private readonly images: ProcessImage,
    private readonly sweep: PendingUploadSweep,
  ) {
    super();
  }

  protected handle(job: Job<unknown, MediaJobResult>, signal: AbortSignal) {
    switch (job.name) {
      case PROCESS_IMAGE_JOB:
        return this.images.run(job as ProcessImageJob, signal);
      case SWEEP_PENDING_UPLOADS_JOB:
        return this.sweep.run(signal);
      default:
        throw new UnrecoverableError(`unknown media job "${job.name}"`);
    }
  }
}
