import type { HeartbeatJobResult } from '../heartbeat-job';

export interface HeartbeatStatus {
  id: string;
  state: string;
  progress: number;
  attemptsMade: number;
  result: HeartbeatJobResult | null;
  failedReason: string | null;
}
