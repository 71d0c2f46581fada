import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

import { InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { Repository } from 'typeorm';

import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
import { QueueProcessor } from '../../../infrastructure/queue/queue-processor.decorator';
import { HeartbeatEntity } from '../persistence/heartbeat.entity';
import type { HeartbeatJobData, HeartbeatJobResult } from '../application/heartbeat-job';

const PROGRESS_STEPS = 10;

@QueueProcessor('system')
export class HeartbeatProcessor extends DrainableProcessor<HeartbeatJobData, HeartbeatJobResult> {
  constructor(
    @InjectRepository(HeartbeatEntity) private readonly heartbeats: Repository<HeartbeatEntity>,
  ) {
    super();
  }

  protected async handle(
    job: Job<HeartbeatJobData, HeartbeatJobResult>,
    signal: AbortSignal,
  ): Promise<HeartbeatJobResult> {
    await this.hold(job, signal);
    const saved = await this.heartbeats.save(
      this.heartbeats.create({
        jobId: job.id,
        requestedAt: new Date(job.data.requestedAt),
        processedBy: `${hostname()}:${process.pid}`,
      }),
    );
    return {
      heartbeatId: saved.id,
      processedBy: saved.processedBy,
      processedAt: saved.processedAt.toISOString(),
    };
  }

  private async hold(job: Job<HeartbeatJobData>, signal: AbortSignal): Promise<void> {
    const step = job.data.holdMs / PROGRESS_STEPS;
    for (let done = 1; done <= PROGRESS_STEPS && step > 0; done++) {
      await sleep(step, undefined, { signal });
      await job.updateProgress((done * 100) / PROGRESS_STEPS);
    }
  }
}
