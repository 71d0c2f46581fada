import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../../infrastructure/config/app-config';
import {
  collectReadRoutes,
  describeReadRoutes,
  type ReadRoute,
} from '../../../infrastructure/database/read-route';
import { ReplicaReads } from '../../../infrastructure/database/replica-reads';
import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
import { QueueProcessor } from '../../../infrastructure/queue/queue-processor.decorator';
import { HeartbeatEntity } from '../persistence/heartbeat.entity';
import type { HeartbeatJobData, HeartbeatJobResult } from '../application/heartbeat-job';

const PROGRESS_STEPS = 10;

/** A heartbeat request the job could not see: a routing bug, never replica lag. */
class HeartbeatRequestNotVisible extends Error {}

@QueueProcessor('system')
export class HeartbeatProcessor extends DrainableProcessor<HeartbeatJobData, HeartbeatJobResult> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: ReplicaReads,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected async handle(
    job: Job<HeartbeatJobData, HeartbeatJobResult>,
    signal: AbortSignal,
  ): Promise<HeartbeatJobResult> {
    await this.hold(job, signal);
    const routes: ReadRoute[] = [];
    const request = await collectReadRoutes(routes, () =>
      this.reads.run(
        {
          actorId: null,
          atLeast: job.data.readAfter,
          waitMs: this.config.database.routing.jobReplicaWaitMs,
        },
        (manager) => manager.findOneBy(HeartbeatEntity, { jobId: job.id }),
      ),
    );
    if (!request) {
      throw new HeartbeatRequestNotVisible(
        `heartbeat request ${job.id} not found (read from ${describeReadRoutes(routes)})`,
      );
    }
    const processedBy = `${hostname()}:${process.pid}`;
    const processedAt = new Date();
    await this.dataSource.manager.update(
      HeartbeatEntity,
      { id: request.id },
      { processedBy, processedAt },
    );
    return {
      heartbeatId: request.id,
      processedBy,
      processedAt: processedAt.toISOString(),
      requestReadFrom: describeReadRoutes(routes),
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
