import { Command } from '@nestjs/cqrs';

import type { CreatedEndpoint } from './created-endpoint';

export interface CreateEndpointProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly enabled: boolean;
}

export class CreateEndpointCommand extends Command<CreatedEndpoint> {
  constructor(readonly props: CreateEndpointProps) {
    super();
  }
}
