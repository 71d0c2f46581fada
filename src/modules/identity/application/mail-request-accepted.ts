/**
 * The answer to a request that may mail an address (sign-up, resend, password reset): one fixed
 * body whether or not the address has an account, so the answer cannot be used to find accounts.
 */
export interface MailRequestAccepted {
  status: 'verification-sent' | 'mail-sent';
  detail: string;
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
