import { setTimeout as sleep } from 'node:timers/promises';

import { InjectQueue } from '@nestjs/bullmq';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Job, Queue } from 'bullmq';

import type { HeartbeatJobData, HeartbeatJobResult } from '../heartbeat-job';
import { GetHeartbeatQuery } from './get-heartbeat.query';
import type { HeartbeatStatus } from './heartbeat-status';

const POLL_INTERVAL_MS = 100;
const FINISHED = new Set(['completed', 'failed']);

@QueryHandler(GetHeartbeatQuery)
export class GetHeartbeatHandler implements IQueryHandler<GetHeartbeatQuery> {
  constructor(
    @InjectQueue('system') private readonly queue: Queue<HeartbeatJobData, HeartbeatJobResult>,
  ) {}

  async execute({ props: { jobId, waitMs } }: GetHeartbeatQuery): Promise<HeartbeatStatus | null> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      // State first, then the job: a job finishing between the two reads then shows its final
      // fields (result, attemptsMade) with "completed", never stale fields with it.
      const state = await this.queue.getJobState(jobId);
      const job = await this.queue.getJob(jobId);
      if (!job || state === 'unknown') return null;
      if (FINISHED.has(state) || Date.now() >= deadline) return toStatus(job, state);
      await sleep(POLL_INTERVAL_MS);
    }
  }
}

function toStatus(job: Job<HeartbeatJobData, HeartbeatJobResult>, state: string): HeartbeatStatus {
  return {
    id: job.id ?? '',
    state,
    progress: typeof job.progress === 'number' ? job.progress : 0,
    attemptsMade: job.attemptsMade,
    result: job.returnvalue ?? null,
    failedReason: job.failedReason || null,
  };
}
