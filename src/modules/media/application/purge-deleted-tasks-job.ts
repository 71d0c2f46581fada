/**
 * The media queue's job that deletes deleted tasks' attachments, rows and objects (docs/MEDIA.md,
 * "Deleted tasks"). Enqueued by the consumer of the deletion, once per event.
 */
export const PURGE_DELETED_TASKS_JOB = 'purge-deleted-tasks';

/**
 * Enqueued from inside the consumer's transaction, the job could start before that transaction
 * commits and find nothing to do: it waits this long first. A job that still comes too early, or
 * fails for good, is caught up by the periodic sweep (PURGE_CATCH_UP_AFTER_MS).
 */
export const PURGE_DELAY_MS = 1_000;
/** Deleted tasks older than this that are still recorded are purged by the periodic sweep. */
export const PURGE_CATCH_UP_AFTER_MS = 60_000;

export interface PurgeDeletedTasksJobData {
  /** The deletion event whose tasks to purge: the job looks for nothing else. */
  eventId: string;
}

export interface PurgeDeletedTasksResult {
  tasks: number;
  attachments: number;
}

/** One job per deletion event: a redelivery after a failed commit adds no second job. */
export function purgeJobIdOf(eventId: string): string {
  return `${PURGE_DELETED_TASKS_JOB}.${eventId}`;
}
