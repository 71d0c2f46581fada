import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { issueAccountToken } from '../../persistence/account-tokens.store';
import { UserEntity } from '../../persistence/user.entity';
import { AccountMailLimiter } from '../account-mail-limiter';
import { AccountTokenMail } from '../account-token-mail';
import { type MailRequestAccepted, VERIFICATION_RESENT } from '../mail-request-accepted';
import { ResendVerificationCommand } from './resend-verification.command';

/**
 * A new verification mail (the earlier token stops working) for an account not verified yet.
 * Unknown and verified addresses get no mail, and the same answer.
 */
@CommandHandler(ResendVerificationCommand)
export class ResendVerificationHandler implements ICommandHandler<ResendVerificationCommand> {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly limiter: AccountMailLimiter,
    private readonly tokenMail: AccountTokenMail,
  ) {}

  async execute({
    props: { email, clientIp },
  }: ResendVerificationCommand): Promise<MailRequestAccepted> {
    await this.limiter.assertMayRequest('verify-email', email, clientIp);
    const user = await this.users.findOneBy({ email });
    if (user && !user.emailVerifiedAt) {
      const issued = await this.unitOfWork.run(null, (manager) =>
        issueAccountToken(manager, user.id, 'verify-email'),
      );
      await this.tokenMail.send('verify-email', email, issued);
    }
    return VERIFICATION_RESENT;
  }
}
