import { Command } from '@nestjs/cqrs';

import type { DeliveryView } from '../delivery-view';

export class RedeliverCommand extends Command<DeliveryView> {
  constructor(
    readonly workspaceId: string,
    readonly actorId: string,
    readonly endpointId: string,
    readonly deliveryId: string,
  ) {
    super();
  }
}
