import { Query } from '@nestjs/cqrs';

import type { DeliveryList } from '../delivery-view';

export interface ListDeliveriesProps {
  readonly workspaceId: string;
  readonly endpointId: string;
  readonly limit: number;
  /** A `nextCursor` from the previous page; undefined for the first page. */
  readonly cursor?: string;
}

export class ListDeliveriesQuery extends Query<DeliveryList> {
  constructor(readonly props: ListDeliveriesProps) {
    super();
  }
}
