import { Command } from '@nestjs/cqrs';

import type { EndpointView } from '../endpoint-view';

/** Fields left undefined stay as they are. */
export interface EndpointChanges {
  url?: string;
  eventTypes?: string[];
  enabled?: boolean;
  /** Kept only when disabling; enabling clears it. */
  disabledReason?: string;
}

export interface UpdateEndpointProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly endpointId: string;
  readonly changes: EndpointChanges;
}

export class UpdateEndpointCommand extends Command<EndpointView> {
  constructor(readonly props: UpdateEndpointProps) {
    super();
  }
}
