import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { LoginAttemptLimiter } from '../../../../infrastructure/rate-limit/login-attempt-limiter';
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
    private readonly attempts: LoginAttemptLimiter,
  ) {}

  async execute({ props: { email, password, clientIp } }: LogInCommand): Promise<SignedIn> {
    // Counts as a failure from here on, unless the password proves right (no race to the check).
    await this.attempts.begin(email, clientIp);
    const user = await this.users.findOne({ where: { email } });
    // Unknown email and wrong password cost the same scrypt work and give the same answer.
    const stored = user?.passwordHash ?? (await UNKNOWN_USER_HASH);
    if (!user || !(await passwordMatches(password, stored))) {
      throw new InvalidCredentials();
    }
    await this.attempts.succeeded(email, clientIp);
    return this.startSession.for({ id: user.id, email: user.email });
  }
}
