import { Command } from '@nestjs/cqrs';

export interface DigestRequested {
  jobId: string;
  digestId: string;
  completedTasks: number;
}

export class RequestDigestCommand extends Command<DigestRequested> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
  ) {
    super();
  }
}
