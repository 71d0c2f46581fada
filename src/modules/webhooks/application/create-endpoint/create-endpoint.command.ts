import { Command } from '@nestjs/cqrs';

import type { EndpointView } from '../endpoint-view';

/** The answer shows the signing secret, this once. */
export type CreatedEndpoint = EndpointView & { secret: string };

export class CreateEndpointCommand extends Command<CreatedEndpoint> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly url: string,
    readonly eventTypes: string[],
    readonly enabled: boolean,
  ) {
    super();
  }
}
