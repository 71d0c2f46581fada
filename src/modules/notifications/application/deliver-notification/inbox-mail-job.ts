/** The notifications queue's job that mails one batch of one user's items. */
export const INBOX_MAIL_JOB = 'inbox-mail';

/** Ids only: the items are read when the job runs, the bodies are sealed by OutgoingMail. */
export interface InboxMailJobData {
  userId: string;
  /** Names the batch, its job and its mail (inboxMailBatchOf). */
  batch: string;
}

export interface InboxMailJobResult {
  /** Items listed in the mail; 0 when the batch had none left to mail. */
  mailed: number;
  /** The user has no address notifications knows of (docs/NOTIFICATIONS.md, "Addresses"). */
  withoutAddress: boolean;
}

/**
 * A batch is named after the user and its oldest item: every item added while that one waits
 * schedules the same job id (BullMQ ignores the repeats), and once the batch is claimed the next
 * item starts a new one. The same name is the email job's id, so a retried batch job adds no
 * second mail while the email job is kept.
 */
export function inboxMailBatchOf(userId: string, oldestItemId: string): string {
  return `inbox-mail-${userId}-${oldestItemId}`;
}
