import { Query } from '@nestjs/cqrs';

import type { EndpointList } from '../endpoint-view';

export interface ListEndpointsProps {
  readonly workspaceId: string;
}

export class ListEndpointsQuery extends Query<EndpointList> {
  constructor(readonly props: ListEndpointsProps) {
    super();
  }
}
