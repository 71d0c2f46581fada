import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { EndpointEntity } from '../../persistence/endpoint.entity';
import { type EndpointList, endpointViewOf } from '../endpoint-view';
import { ListEndpointsQuery } from './list-endpoints.query';

/** A workspace has a handful of endpoints: one page, oldest first, read from the primary. */
@QueryHandler(ListEndpointsQuery)
export class ListEndpointsHandler implements IQueryHandler<ListEndpointsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId } }: ListEndpointsQuery): Promise<EndpointList> {
    const endpoints = await this.dataSource.manager.find(EndpointEntity, {
      where: { workspaceId },
      order: { createdAt: 'ASC' },
      take: 500,
    });
    return { items: endpoints.map(endpointViewOf) };
  }
}
