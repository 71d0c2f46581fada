export const HEARTBEAT_JOB = 'heartbeat';

export interface HeartbeatJobData {
  requestedAt: string;
  /** How long the job holds its worker, to observe progress and draining. */
  holdMs: number;
  /** WAL position of the request's commit: the job reads the request only where it is replayed. */
  readAfter: string;
}

export interface HeartbeatJobResult {
  heartbeatId: string;
  processedBy: string;
  processedAt: string;
  /** Where the job read the request from, and why (e.g. `127.0.0.1:55433; caught-up`). */
  requestReadFrom: string;
}
