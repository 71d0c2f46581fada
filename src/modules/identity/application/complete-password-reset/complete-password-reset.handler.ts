import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { PasswordResetTokenInvalid } from '../../domain/identity.errors';
import { hashPassword } from '../../domain/password-hasher';
import { assertPasswordIsStrong } from '../../domain/password-policy';
import { consumeAccountToken, holderOfLiveToken } from '../../persistence/account-tokens.store';
import { UserEntity } from '../../persistence/user.entity';
import { SessionStore } from '../../sessions/session-store';
import { CompletePasswordResetCommand } from './complete-password-reset.command';

/**
 * Sets the password that the holder of a live reset token chose, uses the token up, and ends every
 * session of the account: whoever knew the old password (or held a session) is out. The mail proved
 * the address, so it counts as verified from now on. A weak password leaves the token usable.
 */
@CommandHandler(CompletePasswordResetCommand)
export class CompletePasswordResetHandler implements ICommandHandler<CompletePasswordResetCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionStore,
  ) {}

  async execute({ props: { token, newPassword } }: CompletePasswordResetCommand): Promise<void> {
    const holder = await holderOfLiveToken(this.dataSource.manager, token, 'reset-password');
    const user = holder && (await this.dataSource.manager.findOneBy(UserEntity, { id: holder }));
    if (!user) throw new PasswordResetTokenInvalid();
    assertPasswordIsStrong(newPassword, user.email);
    // Hashed before the transaction: no row stays locked through the scrypt work.
    const passwordHash = await hashPassword(newPassword);
    await this.unitOfWork.run(user.id, async (manager) => {
      // Used up by a concurrent request since the look-up: that one won.
      if ((await consumeAccountToken(manager, token, 'reset-password')) !== user.id) {
        throw new PasswordResetTokenInvalid();
      }
      await manager.update(
        UserEntity,
        { id: user.id },
        { passwordHash, emailVerifiedAt: () => 'coalesce(email_verified_at, now())' },
      );
    });
    await this.sessions.revokeAll(user.id);
  }
}
