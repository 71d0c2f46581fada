import { Command } from '@nestjs/cqrs';

export class RequestHeartbeatCommand extends Command<{ jobId: string }> {
  constructor(readonly holdMs: number) {
    super();
  }
}
