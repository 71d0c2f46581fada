import { randomUUID } from 'node:crypto';

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { TEST_EVENT_TYPE } from '../../domain/public-event-types';
import { webhookBodyOf } from '../../domain/webhook-body';
import { DeliveryEntity } from '../../persistence/delivery.entity';
import { endpointOf } from '../../persistence/endpoints.store';
import { DeliveryQueue } from '../delivery-queue';
import { SendTestEventCommand } from './send-test-event.command';
import type { TestEventSent } from './test-event-sent';

/** A `webhooks.test.v1` event for this endpoint only, through the normal delivery path. */
@CommandHandler(SendTestEventCommand)
export class SendTestEventHandler implements ICommandHandler<SendTestEventCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly deliveries: DeliveryQueue,
  ) {}

  async execute({
    props: { workspaceId, actorId, endpointId },
  }: SendTestEventCommand): Promise<TestEventSent> {
    const eventId = randomUUID();
    const delivery = await this.unitOfWork.run(actorId, async (manager) => {
      await endpointOf(manager, workspaceId, endpointId);
      const body = webhookBodyOf({
        id: eventId,
        type: TEST_EVENT_TYPE,
        timestamp: new Date().toISOString(),
        workspaceId,
        actorId,
        data: { endpointId, message: 'A test event from tenfold.' },
      });
      return manager.save(
        manager.create(DeliveryEntity, {
          workspaceId,
          endpointId,
          eventId,
          eventType: TEST_EVENT_TYPE,
          body,
          status: 'pending',
          nextAttemptAt: new Date(),
        }),
      );
    });
    await this.deliveries.enqueue(delivery.id, delivery.dispatch);
    return { deliveryId: delivery.id, eventId };
  }
}
