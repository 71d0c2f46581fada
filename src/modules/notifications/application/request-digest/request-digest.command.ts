import { Command } from '@nestjs/cqrs';

import type { DigestRequested } from './digest-requested';

export interface RequestDigestProps {
  readonly workspaceId: string;
  readonly actorId: string;
}

export class RequestDigestCommand extends Command<DigestRequested> {
  constructor(readonly props: RequestDigestProps) {
    super();
  }
}
