import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { DeliveryEntity } from '../../persistence/delivery.entity';
import { EndpointEntity } from '../../persistence/endpoint.entity';
import { endpointOf } from '../../persistence/endpoints.store';
import { DeleteEndpointCommand } from './delete-endpoint.command';

/** Removes the endpoint with its delivery log; queued attempts find no row and do nothing. */
@CommandHandler(DeleteEndpointCommand)
export class DeleteEndpointHandler implements ICommandHandler<DeleteEndpointCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({
    props: { workspaceId, actorId, endpointId },
  }: DeleteEndpointCommand): Promise<void> {
    await this.unitOfWork.run(actorId, async (manager) => {
      await endpointOf(manager, workspaceId, endpointId, 'pessimistic_write');
      await manager.delete(DeliveryEntity, { endpointId, workspaceId });
      await manager.delete(EndpointEntity, { id: endpointId, workspaceId });
    });
  }
}
