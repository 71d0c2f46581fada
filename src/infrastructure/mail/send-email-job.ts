import type { OutgoingMessage } from './outgoing-message';

/** The job OutgoingMail enqueues on the `email` queue and SendEmailProcessor runs. */
export const SEND_EMAIL_JOB = 'send-email';

/**
 * What Redis holds for one mail. Bodies carry secrets (invitation, verification and reset tokens),
 * and job data is visible to anyone who reads Redis, a dump of it, bull-board or the dead-letter
 * API: so subject, text and html travel sealed (sealed-message.ts). The recipient stays readable,
 * for whoever operates the queue.
 */
export interface SendEmailJobData {
  to: string;
  /** SecretBox-sealed JSON of {subject, text, html?}, bound to the job id. */
  sealed: string;
}

/** A job enqueued before bodies were sealed (still in Redis during an upgrade). */
export interface LegacySendEmailJobData {
  message: OutgoingMessage;
}

export interface SendEmailJobResult {
  /** The Message-ID header sent, derived from the job id (the same on every attempt). */
  messageId: string;
}

// Job ids double as the left part of the Message-ID, and BullMQ refuses ":" and integer ids.
const JOB_ID = /^(?!\d+$)[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function assertJobId(jobId: string): void {
  if (typeof jobId !== 'string' || !JOB_ID.test(jobId)) {
    throw new Error(
      'OutgoingMail: jobId must be 1-128 of [A-Za-z0-9._-], start with a letter or digit, and not be a number',
    );
  }
}
