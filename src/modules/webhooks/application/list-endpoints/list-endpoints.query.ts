import { Query } from '@nestjs/cqrs';

import type { EndpointView } from '../endpoint-view';

export interface ListEndpointsProps {
  readonly workspaceId: string;
}

export class ListEndpointsQuery extends Query<{ items: EndpointView[] }> {
  constructor(readonly props: ListEndpointsProps) {
    super();
  }
}
