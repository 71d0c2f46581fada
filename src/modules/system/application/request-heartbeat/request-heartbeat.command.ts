import { Command } from '@nestjs/cqrs';

export interface RequestHeartbeatProps {
  readonly holdMs: number;
}

export class RequestHeartbeatCommand extends Command<{ jobId: string }> {
  constructor(readonly props: RequestHeartbeatProps) {
    super();
  }
}
