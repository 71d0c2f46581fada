import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { endpointOf } from '../../persistence/endpoints.store';
import { endpointViewOf, type EndpointView } from '../endpoint-view';
import { GetEndpointQuery } from './get-endpoint.query';

@QueryHandler(GetEndpointQuery)
export class GetEndpointHandler implements IQueryHandler<GetEndpointQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId, endpointId } }: GetEndpointQuery): Promise<EndpointView> {
    return endpointViewOf(await endpointOf(this.dataSource.manager, workspaceId, endpointId));
  }
}
