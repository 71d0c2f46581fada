export const HEARTBEAT_JOB = 'heartbeat';

export interface HeartbeatJobData {
  requestedAt: string;
  /** How long the job holds its worker, to observe progress and draining. */
  holdMs: number;
}

export interface HeartbeatJobResult {
  heartbeatId: string;
  processedBy: string;
  processedAt: string;
}
