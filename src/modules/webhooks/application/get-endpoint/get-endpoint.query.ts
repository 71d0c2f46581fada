import { Query } from '@nestjs/cqrs';

import type { EndpointView } from '../endpoint-view';

export interface GetEndpointProps {
  readonly workspaceId: string;
  readonly endpointId: string;
}

export class GetEndpointQuery extends Query<EndpointView> {
  constructor(readonly props: GetEndpointProps) {
    super();
  }
}
