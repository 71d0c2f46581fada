import { randomUUID } from 'node:crypto';

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { AppConfig } from '../../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { SecretBox } from '../../../../infrastructure/secrets/secret-box';
import { newSigningSecret, sealedSecretContext } from '../../domain/signing-secret';
import { SsrfGuard } from '../../network/ssrf-guard';
import { claimEndpointSlot } from '../../persistence/endpoint-slots';
import { EndpointEntity } from '../../persistence/endpoint.entity';
import { endpointViewOf } from '../endpoint-view';
import { CreateEndpointCommand } from './create-endpoint.command';
import type { CreatedEndpoint } from './created-endpoint';

@CommandHandler(CreateEndpointCommand)
export class CreateEndpointHandler implements ICommandHandler<CreateEndpointCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly guard: SsrfGuard,
    private readonly secrets: SecretBox,
    private readonly config: AppConfig,
  ) {}

  async execute({ props }: CreateEndpointCommand): Promise<CreatedEndpoint> {
    const { url } = await this.guard.vet(props.url);
    const secret = newSigningSecret();
    // The id is chosen here, so that the secret is sealed for this endpoint before the insert.
    const id = randomUUID();
    const limit = this.config.workspaceQuotas.webhookEndpoints;
    const endpoint = await this.unitOfWork.run(props.actorId, async (manager) => {
      await claimEndpointSlot(manager, props.workspaceId, limit);
      return manager.save(
        manager.create(EndpointEntity, {
          id,
          workspaceId: props.workspaceId,
          url,
          eventTypes: [...new Set(props.eventTypes)],
          enabled: props.enabled,
          disabledReason: props.enabled ? null : 'created disabled',
          secret: this.secrets.seal(secret, sealedSecretContext(id)),
          previousSecret: null,
          previousSecretExpiresAt: null,
          lastSuccessAt: null,
          createdBy: props.actorId,
        }),
      );
    });
    return { ...endpointViewOf(endpoint), secret };
  }
}
