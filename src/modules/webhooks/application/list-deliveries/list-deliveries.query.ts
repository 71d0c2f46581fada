import { Query } from '@nestjs/cqrs';

import type { DeliveryList } from '../delivery-view';

export interface ListDeliveriesProps {
  readonly workspaceId: string;
  readonly endpointId: string;
  readonly limit: number;
}

export class ListDeliveriesQuery extends Query<DeliveryList> {
  constructor(readonly props: ListDeliveriesProps) {
    super();
  }
}
