import { ApiProperty } from '@nestjs/swagger';

export const MAIL_REQUEST_STATUSES = ['verification-sent', 'mail-sent'] as const;

/**
 * The answer to a request that may mail an address (sign-up, resend, password reset): one fixed
 * body whether or not the address has an account, so the answer cannot be used to find accounts.
 */
export class MailRequestAccepted {
  @ApiProperty({
    enum: MAIL_REQUEST_STATUSES,
    enumName: 'MailRequestStatus',
    example: 'mail-sent',
    description: '`verification-sent` after sign-up, `mail-sent` otherwise',
  })
  status!: (typeof MAIL_REQUEST_STATUSES)[number];

  @ApiProperty({
    example: 'If the address belongs to an account, we sent it a mail to reset the password.',
    description:
      'What may have happened, worded the same whether or not the address has an account',
  })
  detail!: string;
}

export const SIGN_UP_ACCEPTED: MailRequestAccepted = {
  status: 'verification-sent',
  detail:
    'If the address can be used for a new account, we sent it a verification mail (an address that has an account already gets a notice instead). Follow the mail to verify the address; log in with POST /v1/auth/login.',
};

export const VERIFICATION_RESENT: MailRequestAccepted = {
  status: 'mail-sent',
  detail:
    'If the address belongs to an account that is not verified yet, we sent it a new verification mail.',
};

export const PASSWORD_RESET_SENT: MailRequestAccepted = {
  status: 'mail-sent',
  detail: 'If the address belongs to an account, we sent it a mail to reset the password.',
};
