import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AppConfig } from '../../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { OutgoingMail } from '../../../../infrastructure/mail/outgoing-mail';
import { issueAccountToken } from '../../persistence/account-tokens.queries';
import { UserEntity } from '../../persistence/user.entity';
import { AccountMailLimiter } from '../account-mail-limiter';
import { type MailRequestAccepted, PASSWORD_RESET_SENT } from '../mail-request-accepted';
import { passwordResetMail } from './password-reset-mail';
import { RequestPasswordResetCommand } from './request-password-reset.command';

/** Mails a one-hour reset token to an account's address; unknown addresses: same answer, no mail. */
@CommandHandler(RequestPasswordResetCommand)
export class RequestPasswordResetHandler implements ICommandHandler<RequestPasswordResetCommand> {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly mail: OutgoingMail,
    private readonly limiter: AccountMailLimiter,
    private readonly config: AppConfig,
  ) {}

  async execute({ email, clientIp }: RequestPasswordResetCommand): Promise<MailRequestAccepted> {
    await this.limiter.assertMayRequest('reset-password', email, clientIp);
    const user = await this.users.findOneBy({ email });
    if (user) {
      const issued = await this.unitOfWork.run(null, (manager) =>
        issueAccountToken(manager, user.id, 'reset-password'),
      );
      await this.mail.send(
        passwordResetMail({ to: email, publicBaseUrl: this.config.publicBaseUrl, ...issued }),
        { jobId: `reset-password-${issued.id}` },
      );
    }
    return PASSWORD_RESET_SENT;
  }
}
