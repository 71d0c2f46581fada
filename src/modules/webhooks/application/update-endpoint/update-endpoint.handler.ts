import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { SsrfGuard } from '../../network/ssrf-guard';
import { endpointOf } from '../../persistence/endpoints.store';
import { endpointViewOf, type EndpointView } from '../endpoint-view';
import { UpdateEndpointCommand } from './update-endpoint.command';

@CommandHandler(UpdateEndpointCommand)
export class UpdateEndpointHandler implements ICommandHandler<UpdateEndpointCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly guard: SsrfGuard,
  ) {}

  async execute({ props }: UpdateEndpointCommand): Promise<EndpointView> {
    const { workspaceId, actorId, endpointId, changes } = props;
    // Vetted before the transaction: DNS must not hold a row lock.
    const url = changes.url === undefined ? undefined : (await this.guard.vet(changes.url)).url;
    return this.unitOfWork.run(actorId, async (manager) => {
      const endpoint = await endpointOf(manager, workspaceId, endpointId, 'pessimistic_write');
      if (url !== undefined) endpoint.url = url;
      if (changes.eventTypes !== undefined) endpoint.eventTypes = [...new Set(changes.eventTypes)];
      if (changes.enabled === true) {
        endpoint.enabled = true;
        endpoint.disabledReason = null;
      } else if (changes.enabled === false) {
        endpoint.enabled = false;
        endpoint.disabledReason = changes.disabledReason ?? 'disabled by a workspace admin';
      } else if (changes.disabledReason !== undefined && !endpoint.enabled) {
        endpoint.disabledReason = changes.disabledReason;
      }
      return endpointViewOf(await manager.save(endpoint));
    });
  }
}
