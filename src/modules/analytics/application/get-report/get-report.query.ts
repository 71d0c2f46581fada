import { Query } from '@nestjs/cqrs';

import type { TaskReport } from './report';

export class GetReportQuery extends Query<TaskReport> {
  constructor(
    readonly workspaceId: string,
    /** The caller: the replica that answers must have replayed their own writes. */
    readonly readerId: string,
    readonly days: number,
  ) {
    super();
  }
}
