import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Queue } from 'bullmq';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { HeartbeatEntity } from '../../persistence/heartbeat.entity';
import { HEARTBEAT_JOB, type HeartbeatJobData } from '../heartbeat-job';
import { RequestHeartbeatCommand } from './request-heartbeat.command';

/** Writes the request, then enqueues the job with the commit's WAL position for it to read at. */
@CommandHandler(RequestHeartbeatCommand)
export class RequestHeartbeatHandler implements ICommandHandler<RequestHeartbeatCommand> {
  constructor(
    @InjectQueue('system') private readonly queue: Queue<HeartbeatJobData>,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute({ props: { holdMs } }: RequestHeartbeatCommand): Promise<{ jobId: string }> {
    const jobId = randomUUID();
    const requestedAt = new Date();
    const { position } = await this.unitOfWork.commit(null, (manager) =>
      manager.insert(HeartbeatEntity, { jobId, requestedAt }),
    );
    await this.queue.add(
      HEARTBEAT_JOB,
      { requestedAt: requestedAt.toISOString(), holdMs, readAfter: position },
      { jobId },
    );
    return { jobId };
  }
}
