import { Query } from '@nestjs/cqrs';

import type { ActivityReport } from './activity-report';

export class GetActivityQuery extends Query<ActivityReport> {
  constructor(
    readonly workspaceId: string,
    readonly days: number,
  ) {
    super();
  }
}
