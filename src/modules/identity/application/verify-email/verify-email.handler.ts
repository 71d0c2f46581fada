import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsNull } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { VerificationTokenInvalid } from '../../domain/identity.errors';
import { consumeAccountToken } from '../../persistence/account-tokens.store';
import { UserEntity } from '../../persistence/user.entity';
import { VerifyEmailCommand } from './verify-email.command';

/**
 * The mailed token proves the caller reads the mailbox: the address is verified and the token used
 * up. Sessions issued before carry no platform-admin flag yet: it is set at the next login.
 */
@CommandHandler(VerifyEmailCommand)
export class VerifyEmailHandler implements ICommandHandler<VerifyEmailCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({ props: { token } }: VerifyEmailCommand): Promise<void> {
    await this.unitOfWork.run(null, async (manager) => {
      const userId = await consumeAccountToken(manager, token, 'verify-email');
      if (!userId) throw new VerificationTokenInvalid();
      await manager.update(
        UserEntity,
        { id: userId, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: () => 'now()' },
      );
    });
  }
}
