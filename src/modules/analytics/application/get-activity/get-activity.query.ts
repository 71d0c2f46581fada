import { Query } from '@nestjs/cqrs';

import type { ActivityReport } from './activity-report';

export interface GetActivityProps {
  readonly workspaceId: string;
  readonly days: number;
}

export class GetActivityQuery extends Query<ActivityReport> {
  constructor(readonly props: GetActivityProps) {
    super();
  }
}
