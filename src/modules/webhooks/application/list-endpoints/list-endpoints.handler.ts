import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { pageOf } from '../../../../common/pagination/page';
import { timeAndIdAfter, timeAndIdBeyond } from '../../../../common/pagination/time-and-id-cursor';
import {
  TIME_KEY,
  timestampKeyOf,
  withTimeKeys,
} from '../../../../common/pagination/timestamp-key';
import { EndpointEntity } from '../../persistence/endpoint.entity';
import { type EndpointList, endpointViewOf } from '../endpoint-view';
import { ListEndpointsQuery } from './list-endpoints.query';

/** Oldest first, keyset on (created_at, id), read from the primary. */
@QueryHandler(ListEndpointsQuery)
export class ListEndpointsHandler implements IQueryHandler<ListEndpointsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({
    props: { workspaceId, limit, cursor },
  }: ListEndpointsQuery): Promise<EndpointList> {
    const after = timeAndIdAfter('webhook-endpoints', cursor);
    const query = this.dataSource.manager
      .createQueryBuilder(EndpointEntity, 'e')
      .addSelect(timestampKeyOf('e.created_at'), TIME_KEY)
      .where('e.workspace_id = :workspaceId', { workspaceId })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit + 1);
    if (after) query.andWhere(timeAndIdBeyond('e.created_at', 'e.id', ':at', ':id'), after);
    return pageOf(
      withTimeKeys(await query.getRawAndEntities()),
      limit,
      'webhook-endpoints',
      (row) => [row.at, row.entity.id],
      (row) => endpointViewOf(row.entity),
    );
  }
}
