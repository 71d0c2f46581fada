import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { SecretBox } from '../../../../infrastructure/secrets/secret-box';
import { newSigningSecret, sealedSecretContext } from '../../domain/signing-secret';
import { endpointOf } from '../../persistence/endpoints.store';
import { RotateSecretCommand } from './rotate-secret.command';
import type { RotatedSecret } from './rotated-secret';

export const PREVIOUS_SECRET_VALID_MS = 24 * 60 * 60 * 1000;

/** New secret now; the current one keeps signing for 24 h so receivers can switch without gaps. */
@CommandHandler(RotateSecretCommand)
export class RotateSecretHandler implements ICommandHandler<RotateSecretCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly secrets: SecretBox,
  ) {}

  async execute({ props }: RotateSecretCommand): Promise<RotatedSecret> {
    const { workspaceId, actorId, endpointId } = props;
    const secret = newSigningSecret();
    const expiresAt = new Date(Date.now() + PREVIOUS_SECRET_VALID_MS);
    await this.unitOfWork.run(actorId, async (manager) => {
      const endpoint = await endpointOf(manager, workspaceId, endpointId, 'pessimistic_write');
      endpoint.previousSecret = endpoint.secret;
      endpoint.previousSecretExpiresAt = expiresAt;
      endpoint.secret = this.secrets.seal(secret, sealedSecretContext(endpoint.id));
      await manager.save(endpoint);
    });
    return { secret, previousSecretExpiresAt: expiresAt.toISOString() };
  }
}
