import { Query } from '@nestjs/cqrs';

import type { HeartbeatStatus } from './heartbeat-status';

/** `waitMs` > 0 long-polls: the answer comes when the job finishes or the wait is over. */
export class GetHeartbeatQuery extends Query<HeartbeatStatus | null> {
  constructor(
    readonly jobId: string,
    readonly waitMs: number,
  ) {
    super();
  }
}
