import { Query } from '@nestjs/cqrs';

import type { DeliveryView } from '../delivery-view';

export class ListDeliveriesQuery extends Query<{ items: DeliveryView[] }> {
  constructor(
    readonly workspaceId: string,
    readonly endpointId: string,
    readonly limit: number,
  ) {
    super();
  }
}
