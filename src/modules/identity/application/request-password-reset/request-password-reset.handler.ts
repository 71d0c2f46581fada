import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { issueAccountToken } from '../../persistence/account-tokens.store';
import { UserEntity } from '../../persistence/user.entity';
import { AccountMailLimiter } from '../account-mail-limiter';
import { AccountTokenMail } from '../account-token-mail';
import { type MailRequestAccepted, PASSWORD_RESET_SENT } from '../mail-request-accepted';
import { RequestPasswordResetCommand } from './request-password-reset.command';

/** Mails a one-hour reset token to an account's address; unknown addresses: same answer, no mail. */
@CommandHandler(RequestPasswordResetCommand)
export class RequestPasswordResetHandler implements ICommandHandler<RequestPasswordResetCommand> {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly limiter: AccountMailLimiter,
    private readonly tokenMail: AccountTokenMail,
  ) {}

  async execute({
    props: { email, clientIp },
  }: RequestPasswordResetCommand): Promise<MailRequestAccepted> {
    await this.limiter.assertMayRequest('reset-password', email, clientIp);
    const user = await this.users.findOneBy({ email });
    if (user) {
      const issued = await this.unitOfWork.run(null, (manager) =>
        issueAccountToken(manager, user.id, 'reset-password'),
      );
      await this.tokenMail.send('reset-password', email, issued);
    }
    return PASSWORD_RESET_SENT;
  }
}
