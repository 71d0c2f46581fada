import { Query } from '@nestjs/cqrs';

import type { EndpointView } from '../endpoint-view';

export class ListEndpointsQuery extends Query<{ items: EndpointView[] }> {
  constructor(readonly workspaceId: string) {
    super();
  }
}
