import type { OutgoingMessage } from '../../../../infrastructure/mail/outgoing-message';
import { apiUrl } from '../api-url';

export interface VerificationMailInput {
  to: string;
  token: string;
  expiresAt: Date;
  publicBaseUrl: string;
}

/** The token travels only in the body, never in a URL (see invitation-mail.ts for why). */
export function verificationMail(input: VerificationMailInput): OutgoingMessage {
  const base = input.publicBaseUrl;
  return {
    to: input.to,
    subject: 'Verify your email address for tenfold',
    text: [
      'Someone, hopefully you, signed up for tenfold with this address (or asked for this mail again).',
      '',
      `Your verification token: ${input.token}`,
      '',
      'To verify the address, send the token:',
      `  POST ${apiUrl(base, '/v1/auth/verify-email')}`,
      `  {"token": "${input.token}"}`,
      '',
      `The token expires at ${input.expiresAt.toISOString()} and works once.`,
      'Until the address is verified, the account cannot join other workspaces.',
      '',
      'If you did not sign up, someone else chose the password: ignore this mail, or take the',
      `account over with a password reset (POST ${apiUrl(base, '/v1/auth/password-reset')}).`,
    ].join('\n'),
  };
}
