import { Command } from '@nestjs/cqrs';

import type { DeliveryView } from '../delivery-view';

export interface RedeliverProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly endpointId: string;
  readonly deliveryId: string;
}

export class RedeliverCommand extends Command<DeliveryView> {
  constructor(readonly props: RedeliverProps) {
    super();
  }
}
