import { Query } from '@nestjs/cqrs';

import type { DeliveryView } from '../delivery-view';

export interface ListDeliveriesProps {
  readonly workspaceId: string;
  readonly endpointId: string;
  readonly limit: number;
}

export class ListDeliveriesQuery extends Query<{ items: DeliveryView[] }> {
  constructor(readonly props: ListDeliveriesProps) {
    super();
  }
}
