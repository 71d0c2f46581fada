import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { CurrentPasswordWrong } from '../../domain/identity.errors';
import { hashPassword, passwordMatches } from '../../domain/password-hasher';
import { assertPasswordIsStrong } from '../../domain/password-policy';
import { UserEntity } from '../../persistence/user.entity';
import { SessionStore } from '../../sessions/session-store';
import { ChangePasswordCommand } from './change-password.command';

/** A changed password ends every other session: whoever knew the old one is signed out. */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionStore,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<void> {
    const user = await this.users.findOneByOrFail({ id: command.userId });
    if (!(await passwordMatches(command.currentPassword, user.passwordHash))) {
      throw new CurrentPasswordWrong();
    }
    assertPasswordIsStrong(command.newPassword, user.email);
    await this.users.update(
      { id: user.id },
      { passwordHash: await hashPassword(command.newPassword) },
    );
    await this.sessions.revokeAll(user.id, command.sessionId);
  }
}
