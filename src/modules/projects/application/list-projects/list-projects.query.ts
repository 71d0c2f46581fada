import { Query } from '@nestjs/cqrs';

import type { ProjectList } from '../project-view';

export interface ListProjectsProps {
  readonly workspaceId: string;
  /** The signed-in user asking: the list shows their own writes (read-your-writes on the replicas). */
  readonly actorId: string;
  readonly includeArchived: boolean;
  readonly limit: number;
  /** A `nextCursor` from the previous page; undefined for the first page. */
  readonly cursor?: string;
}

export class ListProjectsQuery extends Query<ProjectList> {
  constructor(readonly props: ListProjectsProps) {
    super();
  }
}
