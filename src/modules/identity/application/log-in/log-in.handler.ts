import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { InvalidCredentials } from '../../domain/identity.errors';
import { passwordMatches, UNKNOWN_USER_HASH } from '../../domain/password-hasher';
import { UserEntity } from '../../persistence/user.entity';
import type { SignedIn } from '../signed-in';
import { StartSession } from '../start-session';
import { LogInCommand } from './log-in.command';

@CommandHandler(LogInCommand)
export class LogInHandler implements ICommandHandler<LogInCommand> {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly startSession: StartSession,
  ) {}

  async execute({ email, password }: LogInCommand): Promise<SignedIn> {
    const user = await this.users.findOne({ where: { email } });
    // Unknown email and wrong password cost the same scrypt work and give the same answer.
    const matches = await passwordMatches(
      password,
      user?.passwordHash ?? (await UNKNOWN_USER_HASH),
    );
    if (!user || !matches) throw new InvalidCredentials();
    return this.startSession.for({ id: user.id, email: user.email });
  }
}
