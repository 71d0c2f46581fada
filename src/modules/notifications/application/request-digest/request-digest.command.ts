import { Command } from '@nestjs/cqrs';

export interface DigestRequested {
  jobId: string;
  digestId: string;
  completedTasks: number;
}

export interface RequestDigestProps {
  readonly workspaceId: string;
  readonly actorId: string;
}

export class RequestDigestCommand extends Command<DigestRequested> {
  constructor(readonly props: RequestDigestProps) {
    super();
  }
}
