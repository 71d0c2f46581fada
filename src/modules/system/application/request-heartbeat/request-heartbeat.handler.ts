import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Queue } from 'bullmq';

import { HEARTBEAT_JOB, type HeartbeatJobData } from '../heartbeat-job';
import { RequestHeartbeatCommand } from './request-heartbeat.command';

@CommandHandler(RequestHeartbeatCommand)
export class RequestHeartbeatHandler implements ICommandHandler<RequestHeartbeatCommand> {
  constructor(@InjectQueue('system') private readonly queue: Queue<HeartbeatJobData>) {}

  async execute(command: RequestHeartbeatCommand): Promise<{ jobId: string }> {
    const jobId = randomUUID();
    await this.queue.add(
      HEARTBEAT_JOB,
      { requestedAt: new Date().toISOString(), holdMs: command.holdMs },
      { jobId },
    );
    return { jobId };
  }
}
