import type { EntityManager } from 'typeorm';

import { SlackConnectionEntity } from './slack-connection.entity';
import { SlackDeliveryEntity } from './slack-delivery.entity';

export async function wasDelivered(manager: EntityManager, eventId: string): Promise<boolean> {
  return manager.existsBy(SlackDeliveryEntity, { eventId });
}

/** Run in one transaction: the event is delivered, and the connection says when it last was. */
export async function recordDelivery(
  manager: EntityManager,
  delivery: { eventId: string; workspaceId: string; taskId: string; connectionId: string },
): Promise<void> {
  const deliveredAt = new Date();
  const { eventId, workspaceId, taskId, connectionId } = delivery;
  await manager
    .createQueryBuilder()
    .insert()
    .into(SlackDeliveryEntity)
    .values({ eventId, workspaceId, taskId, deliveredAt })
    .orIgnore()
    .execute();
  await manager.update(
    SlackConnectionEntity,
    { workspaceId, connectionId },
    { lastDeliveredAt: deliveredAt },
  );
}
