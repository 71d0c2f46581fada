import { Query } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export interface ListProjectsProps {
  readonly workspaceId: string;
  /** The signed-in user asking: the list shows their own writes (read-your-writes on the replicas). */
  readonly actorId: string;
  readonly includeArchived: boolean;
}

export class ListProjectsQuery extends Query<{ items: ProjectView[] }> {
  constructor(readonly props: ListProjectsProps) {
    super();
  }
}
