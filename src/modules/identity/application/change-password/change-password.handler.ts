import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { PasswordChangeLimiter } from '../../../../infrastructure/rate-limit/password-change-limiter';
import { CurrentPasswordWrong } from '../../domain/identity.errors';
import { hashPassword, passwordMatches } from '../../domain/password-hasher';
import { assertPasswordIsStrong } from '../../domain/password-policy';
import { UserEntity } from '../../persistence/user.entity';
import { SessionStore } from '../../sessions/session-store';
import { ChangePasswordCommand } from './change-password.command';

/**
 * A changed password ends every other session: whoever knew the old one is signed out. Wrong
 * current passwords are limited per session, so a stolen session cannot guess the password.
 */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionStore,
    private readonly attempts: PasswordChangeLimiter,
  ) {}

  async execute({ props }: ChangePasswordCommand): Promise<void> {
    const { actorId, sessionId, currentPassword, newPassword } = props;
    await this.attempts.begin(sessionId);
    const user = await this.users.findOneByOrFail({ id: actorId });
    if (!(await passwordMatches(currentPassword, user.passwordHash))) {
      throw new CurrentPasswordWrong();
    }
    await this.attempts.succeeded(sessionId);
    assertPasswordIsStrong(newPassword, user.email);
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(newPassword) });
    await this.sessions.revokeAll(user.id, sessionId);
  }
}
