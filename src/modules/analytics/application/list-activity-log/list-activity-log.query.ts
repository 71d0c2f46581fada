import { Query } from '@nestjs/cqrs';

import type { ActivityLogPage } from './activity-log-view';

export interface ActivityLogFilter {
  readonly actorId?: string;
  readonly projectId?: string;
  readonly taskId?: string;
  /** ISO instants: only entries that occurred strictly before / at or after. */
  readonly before?: string;
  readonly after?: string;
}

export interface ListActivityLogProps {
  readonly workspaceId: string;
  /** The caller: the replica that answers must have replayed their own writes. */
  readonly actorId: string;
  readonly filter: ActivityLogFilter;
  readonly limit: number;
  /** A `nextCursor` of this list; undefined for the first page. */
  readonly cursor?: string;
}

export class ListActivityLogQuery extends Query<ActivityLogPage> {
  constructor(readonly props: ListActivityLogProps) {
    super();
  }
}
