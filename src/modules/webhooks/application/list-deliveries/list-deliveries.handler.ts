import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { DeliveryEntity } from '../../persistence/delivery.entity';
import { endpointOf } from '../../persistence/endpoints.store';
import { type DeliveryList, deliveryViewOf } from '../delivery-view';
import { ListDeliveriesQuery } from './list-deliveries.query';

/** The newest deliveries first, from the primary: the log changes while a customer watches it. */
@QueryHandler(ListDeliveriesQuery)
export class ListDeliveriesHandler implements IQueryHandler<ListDeliveriesQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props }: ListDeliveriesQuery): Promise<DeliveryList> {
    const { workspaceId, endpointId, limit } = props;
    await endpointOf(this.dataSource.manager, workspaceId, endpointId);
    const deliveries = await this.dataSource.manager.find(DeliveryEntity, {
      where: { workspaceId, endpointId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return { items: deliveries.map(deliveryViewOf) };
  }
}
