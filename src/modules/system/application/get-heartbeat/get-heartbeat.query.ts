import { Query } from '@nestjs/cqrs';

import type { HeartbeatStatus } from './heartbeat-status';

export interface GetHeartbeatProps {
  readonly jobId: string;
  /** > 0 long-polls: the answer comes when the job finishes or the wait is over. */
  readonly waitMs: number;
}

export class GetHeartbeatQuery extends Query<HeartbeatStatus | null> {
  constructor(readonly props: GetHeartbeatProps) {
    super();
  }
}
