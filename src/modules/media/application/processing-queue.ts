import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { currentCorrelationId } from '../../../common/correlation/correlation-context';
import { jobLocation, newJobId } from '../../../infrastructure/queue/job-reference';
import { PROCESS_IMAGE_JOB, type ProcessImageJobData } from './media-job';

export interface ProcessingStarted {
  jobId: string;
  attachmentId: string;
  location: string;
}

/** Enqueues an attachment's processing job; the id is chosen before the row records it. */
@Injectable()
export class ProcessingQueue {
  constructor(@InjectQueue('media') private readonly queue: Queue<ProcessImageJobData>) {}

  newJobId(): string {
    return newJobId('media');
  }

  /**
   * Adding a job id that exists is a no-op, so re-enqueueing after a lost add is safe. The job is
   * visible to members and up: both routes that start it (upload, complete) require member.
   */
  async enqueue(
    jobId: string,
    data: Omit<ProcessImageJobData, 'visibleFrom'>,
  ): Promise<ProcessingStarted> {
    const correlationId = currentCorrelationId();
    const job: ProcessImageJobData = { ...data, visibleFrom: 'member', correlationId };
    await this.queue.add(PROCESS_IMAGE_JOB, job, { jobId });
    return { jobId, attachmentId: data.attachmentId, location: jobLocation(jobId) };
  }
}
