import { Query } from '@nestjs/cqrs';

import type { EndpointList } from '../endpoint-view';

export interface ListEndpointsProps {
  readonly workspaceId: string;
  readonly limit: number;
  /** A `nextCursor` from the previous page; undefined for the first page. */
  readonly cursor?: string;
}

export class ListEndpointsQuery extends Query<EndpointList> {
  constructor(readonly props: ListEndpointsProps) {
    super();
  }
}
