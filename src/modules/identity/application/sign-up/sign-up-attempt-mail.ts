import type { OutgoingMessage } from '../../../../infrastructure/mail/outgoing-message';
import { apiUrl } from '../api-url';

/**
 * To the owner of an address someone tried to sign up with again. Sign-up answers the same either
 * way (it must not reveal which addresses have accounts), so this mail is where the owner learns it.
 */
export function signUpAttemptMail(to: string, publicBaseUrl: string): OutgoingMessage {
  const body = JSON.stringify({ email: to });
  return {
    to,
    subject: 'Someone tried to sign up for tenfold with your address',
    text: [
      'Someone tried to create a tenfold account with this address, which already has one.',
      'Nothing was changed, and their password does not open your account.',
      '',
      `If it was you, log in instead: POST ${apiUrl(publicBaseUrl, '/v1/auth/login')}`,
      'Forgot your password? Ask for a reset mail:',
      `  POST ${apiUrl(publicBaseUrl, '/v1/auth/password-reset')}`,
      `  ${body}`,
      'Address not verified yet? Ask for a new verification mail:',
      `  POST ${apiUrl(publicBaseUrl, '/v1/auth/verify-email/resend')}`,
      `  ${body}`,
      '',
      'If it was not you, ignore this mail: without this mailbox nobody can take your account.',
    ].join('\n'),
  };
}
