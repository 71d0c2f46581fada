import type { OutgoingMessage } from '../../../../infrastructure/mail/outgoing-message';
import { apiUrl } from '../api-url';

export interface PasswordResetMailInput {
  to: string;
  token: string;
  expiresAt: Date;
  publicBaseUrl: string;
}

/** The token travels only in the body, never in a URL (see invitation-mail.ts for why). */
export function passwordResetMail(input: PasswordResetMailInput): OutgoingMessage {
  return {
    to: input.to,
    subject: 'Reset your tenfold password',
    text: [
      'Someone, hopefully you, asked to reset the password of the tenfold account of this address.',
      '',
      `Your password reset token: ${input.token}`,
      '',
      'To choose a new password, send the token with it:',
      `  POST ${apiUrl(input.publicBaseUrl, '/v1/auth/password-reset/complete')}`,
      `  {"token": "${input.token}", "newPassword": "…"}`,
      '',
      `The token expires at ${input.expiresAt.toISOString()} and works once.`,
      'Resetting signs the account out everywhere it is signed in.',
      'If you did not ask for this, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}
