import { Query } from '@nestjs/cqrs';

import type { TaskReport } from './report';

export interface GetReportProps {
  readonly workspaceId: string;
  /** The caller: the replica that answers must have replayed their own writes. */
  readonly actorId: string;
  readonly days: number;
}

export class GetReportQuery extends Query<TaskReport> {
  constructor(readonly props: GetReportProps) {
    super();
  }
}
