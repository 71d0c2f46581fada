import { Injectable } from '@nestjs/common';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { OutgoingMail } from '../../../infrastructure/mail/outgoing-mail';
import type { AccountTokenPurpose } from '../domain/account-token';
import type { IssuedAccountToken } from '../persistence/account-tokens.store';
import { passwordResetMail } from './request-password-reset/password-reset-mail';
import { verificationMail } from './verify-email/verification-mail';

const MAIL_OF: Record<AccountTokenPurpose, typeof verificationMail> = {
  'verify-email': verificationMail,
  'reset-password': passwordResetMail,
};

/**
 * Mails a freshly issued account token to its address: sign-up, resend and password reset. The job
 * id is the token row's, so enqueueing the same token twice sends one mail.
 */
@Injectable()
export class AccountTokenMail {
  constructor(
    private readonly mail: OutgoingMail,
    private readonly config: AppConfig,
  ) {}

  async send(purpose: AccountTokenPurpose, to: string, issued: IssuedAccountToken): Promise<void> {
    const message = MAIL_OF[purpose]({ to, publicBaseUrl: this.config.publicBaseUrl, ...issued });
    await this.mail.send(message, { jobId: `${purpose}-${issued.id}` });
  }
}
