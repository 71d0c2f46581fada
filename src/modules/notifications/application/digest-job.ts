import type { WorkspaceJobData } from '../../../infrastructure/queue/job-reference';

/** The notifications queue's digest job: mail one digest to every subscribed member. */
export const DIGEST_FAN_OUT_JOB = 'digest-fan-out';

/**
 * The notifications queue's weekly job, added by the Job Scheduler `WEEKLY_DIGEST_SCHEDULER`:
 * start the digest of every workspace with subscribed members (docs/NOTIFICATIONS.md, "Schedule").
 */
export const WEEKLY_DIGESTS_JOB = 'weekly-digests';

/** One id for the whole fleet: every worker upserts this one, so there is one schedule. */
export const WEEKLY_DIGEST_SCHEDULER = 'notifications.weekly-digest';

export interface WeeklyDigestsResult {
  /** The fire time the run belongs to (ISO): one digest per workspace and fire time. */
  scheduledFor: string;
  /** Workspaces whose digest this run found or started. */
  workspaces: number;
}

/**
 * Ids only; the content is the digest's row, the recipients are read batch by batch.
 * `requestedBy` is null for a digest the schedule started.
 */
export interface DigestJobData extends Omit<WorkspaceJobData, 'requestedBy'> {
  requestedBy: string | null;
  digestId: string;
}

/**
 * The fan-out job of one digest: deterministic, so starting the same digest again (a retried
 * weekly run) adds nothing while the job is kept, and a client follows it as `<queue>.<uuid>`.
 */
export function digestFanOutJobIdOf(digestId: string): string {
  return `notifications.${digestId}`;
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
