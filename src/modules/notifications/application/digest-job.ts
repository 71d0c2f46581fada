import type { WorkspaceJobData } from '../../../infrastructure/queue/job-reference';

/** The notifications queue's digest job: mail one digest to every subscribed member. */
export const DIGEST_FAN_OUT_JOB = 'digest-fan-out';

/** Ids only; the content is the digest's row, the recipients are read batch by batch. */
export interface DigestJobData extends WorkspaceJobData {
  digestId: string;
}

export interface DigestJobResult {
  digestId: string;
  completedTasks: number;
  /** Members whose mail is on the email queue, over all attempts of this job. */
  mailed: number;
  /** Subscribed members the module has no address for (docs/NOTIFICATIONS.md, "Addresses"). */
  withoutAddress: number;
}

/**
 * The email job of one digest for one member. Deterministic, so enqueueing it again (a retried
 * fan-out) adds nothing while the email job is kept (completed: 1 day, failed: 14 days).
 */
export function digestMailJobIdOf(digestId: string, userId: string): string {
  return `digest-${digestId}-${userId}`;
}
