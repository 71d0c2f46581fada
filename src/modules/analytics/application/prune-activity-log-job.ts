/**
 * The reports queue's periodic job (a BullMQ Job Scheduler): deletes activity log entries older
 * than ACTIVITY_LOG_RETENTION_DAYS. No data: it serves every workspace.
 */
export const PRUNE_ACTIVITY_LOG_JOB = 'prune-activity-log';
/** The scheduler's id: one schedule for the fleet, however many workers upsert it. */
export const PRUNE_ACTIVITY_LOG_SCHEDULER = 'analytics.prune-activity-log';
/** Hourly: a day's entries go within the hour they expire, in batches, never one huge delete. */
export const PRUNE_ACTIVITY_LOG_EVERY_MS = 60 * 60_000;

export interface PruneActivityLogResult {
  /** Entries deleted by this run. */
  removed: number;
}
