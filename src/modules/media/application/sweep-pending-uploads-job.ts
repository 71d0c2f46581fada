/**
 * The media queue's periodic job (a BullMQ Job Scheduler): removes attachments announced but never
 * completed, after MEDIA_PENDING_UPLOAD_TTL_MINUTES. No data: it serves every workspace.
 */
export const SWEEP_PENDING_UPLOADS_JOB = 'sweep-pending-uploads';
/** The scheduler's id: one per queue, however many workers upsert it. */
export const SWEEP_PENDING_UPLOADS_SCHEDULER = 'media.sweep-pending-uploads';

export interface SweepPendingUploadsResult {
  /** Attachments removed, with their objects. */
  removed: number;
  /** Deleted tasks whose attachments this run purged (left over by their own purge job). */
  deletedTasksPurged?: number;
}
