import { Command } from '@nestjs/cqrs';

import type { EndpointView } from '../endpoint-view';

/** The answer shows the signing secret, this once. */
export type CreatedEndpoint = EndpointView & { secret: string };

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
