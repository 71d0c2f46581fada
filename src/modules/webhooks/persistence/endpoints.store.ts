import type { EntityManager } from 'typeorm';

import { DeliveryNotFound, EndpointNotFound } from '../domain/webhooks.errors';
import { DeliveryEntity } from './delivery.entity';
import { EndpointEntity } from './endpoint.entity';

/** The workspace's endpoint, or EndpointNotFound (also for another workspace's id). */
export async function endpointOf(
  manager: EntityManager,
  workspaceId: string,
  endpointId: string,
  lock?: 'pessimistic_write',
): Promise<EndpointEntity> {
  const endpoint = await manager.findOne(EndpointEntity, {
    where: { id: endpointId, workspaceId },
    ...(lock ? { lock: { mode: lock } } : {}),
  });
  if (!endpoint) throw new EndpointNotFound();
  return endpoint;
}

export async function deliveryOf(
  manager: EntityManager,
  workspaceId: string,
  endpointId: string,
  deliveryId: string,
): Promise<DeliveryEntity> {
  const delivery = await manager.findOne(DeliveryEntity, {
    where: { id: deliveryId, endpointId, workspaceId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!delivery) throw new DeliveryNotFound();
  return delivery;
}
