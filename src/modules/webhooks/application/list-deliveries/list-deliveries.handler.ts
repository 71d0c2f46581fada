import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { pageOf } from '../../../../common/pagination/page';
import { timeAndIdAfter, timeAndIdBeyond } from '../../../../common/pagination/time-and-id-cursor';
import {
  TIME_KEY,
  timestampKeyOf,
  withTimeKeys,
} from '../../../../common/pagination/timestamp-key';
import { DeliveryEntity } from '../../persistence/delivery.entity';
import { endpointOf } from '../../persistence/endpoints.store';
import { type DeliveryList, deliveryViewOf } from '../delivery-view';
import { ListDeliveriesQuery } from './list-deliveries.query';

/**
 * The newest deliveries first, from the primary: the log changes while a customer watches it.
 * Keyset on (created_at, id) descending: deliveries made while paging land before the first page,
 * so a walk sees each older one exactly once.
 */
@QueryHandler(ListDeliveriesQuery)
export class ListDeliveriesHandler implements IQueryHandler<ListDeliveriesQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props }: ListDeliveriesQuery): Promise<DeliveryList> {
    const { workspaceId, endpointId, limit, cursor } = props;
    const after = timeAndIdAfter('webhook-deliveries', cursor);
    await endpointOf(this.dataSource.manager, workspaceId, endpointId);
    const query = this.dataSource.manager
      .createQueryBuilder(DeliveryEntity, 'd')
      .addSelect(timestampKeyOf('d.created_at'), TIME_KEY)
      .where('d.workspace_id = :workspaceId', { workspaceId })
      .andWhere('d.endpoint_id = :endpointId', { endpointId })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1);
    if (after) {
      query.andWhere(timeAndIdBeyond('d.created_at', 'd.id', ':at', ':id', 'desc'), after);
    }
    return pageOf(
      withTimeKeys(await query.getRawAndEntities()),
      limit,
      'webhook-deliveries',
      (row) => [row.at, row.entity.id],
      (row) => deliveryViewOf(row.entity),
    );
  }
}
