import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { deliveryOf, endpointOf } from '../../persistence/endpoints.store';
import { DeliveryQueue } from '../delivery-queue';
import { deliveryViewOf, type DeliveryView } from '../delivery-view';
import { RedeliverCommand } from './redeliver.command';

/**
 * Sends a delivery again, whatever its state, with a fresh retry schedule. A new dispatch number
 * makes any attempt still queued for it stale, so the receiver never gets two at once.
 */
@CommandHandler(RedeliverCommand)
export class RedeliverHandler implements ICommandHandler<RedeliverCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly deliveries: DeliveryQueue,
  ) {}

  async execute({ props }: RedeliverCommand): Promise<DeliveryView> {
    const { workspaceId, actorId, endpointId, deliveryId } = props;
    const delivery = await this.unitOfWork.run(actorId, async (manager) => {
      await endpointOf(manager, workspaceId, endpointId);
      const found = await deliveryOf(manager, workspaceId, endpointId, deliveryId);
      found.status = 'pending';
      found.scheduleStep = 0;
      found.dispatch += 1;
      found.nextAttemptAt = new Date();
      return manager.save(found);
    });
    await this.deliveries.enqueue(delivery.id, delivery.dispatch);
    return deliveryViewOf(delivery);
  }
}
