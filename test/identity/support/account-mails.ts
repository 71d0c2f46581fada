import { mailsTo, type SinkMessage } from '../../support/smtp-sink';
import { waitFor } from '../../support/wait-for';

/** The newest mail to the address whose subject matches, once it has arrived in the SMTP sink. */
export function waitForMail(
  address: string,
  subject: RegExp,
  timeoutMs = 15_000,
): Promise<SinkMessage> {
  return waitFor(
    `a mail "${subject.source}" to ${address} in the SMTP sink`,
    async () => (await mailsTo(address)).find((message) => subject.test(message.subject)),
    timeoutMs,
  );
}

/** Every mail to the address whose subject matches, newest first (none yet: empty). */
export async function mailsMatching(address: string, subject: RegExp): Promise<SinkMessage[]> {
  return (await mailsTo(address)).filter((message) => subject.test(message.subject));
}

export const VERIFICATION_SUBJECT = /^Verify your email address/;
export const SIGN_UP_ATTEMPT_SUBJECT = /^Someone tried to sign up/;
export const PASSWORD_RESET_SUBJECT = /^Reset your tenfold password/;
export const INVITATION_SUBJECT = /^You are invited to/;

function tokenAfter(label: string, message: SinkMessage): string {
  const token = new RegExp(`${label}: ([A-Za-z0-9_-]{43})`).exec(message.text)?.[1];
  if (!token) throw new Error(`no ${label} in mail "${message.subject}"`);
  return token;
}

export const verificationTokenIn = (message: SinkMessage) =>
  tokenAfter('verification token', message);

export const passwordResetTokenIn = (message: SinkMessage) =>
  tokenAfter('password reset token', message);
