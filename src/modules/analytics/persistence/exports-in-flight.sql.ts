/**
 * Serialises export requests of one workspace until their transaction ends, so that counting the
 * exports in flight and inserting one cannot race (two requests both seeing 2 of 3). The key pair
 * is (this quota, the workspace); a hash collision only makes two workspaces wait for each other.
 */
export const LOCK_EXPORT_SLOTS = `SELECT pg_advisory_xact_lock(hashtext('analytics.exports-in-flight'), hashtext($1))`;

/** The workspace's exports no job has finished yet ($1 workspace id). */
export const QUEUED_EXPORTS = `
  SELECT id, job_id AS "jobId", requested_at AS "requestedAt"
    FROM analytics.exports
   WHERE workspace_id = $1 AND status = 'queued'`;

export interface QueuedExportRow {
  id: string;
  jobId: string;
  requestedAt: Date;
}
