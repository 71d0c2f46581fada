import type { HeartbeatJobResult } from '../../jobs/heartbeat-job';

export interface HeartbeatStatus {
  id: string;
  state: string;
  progress: number;
  attemptsMade: number;
  result: HeartbeatJobResult | null;
  failedReason: string | null;
}
