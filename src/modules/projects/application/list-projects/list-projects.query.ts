import { Query } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export class ListProjectsQuery extends Query<{ items: ProjectView[] }> {
  constructor(
    readonly workspaceId: string,
    /** Whose own writes the list must show (read-your-writes on the replicas). */
    readonly readerId: string,
    readonly includeArchived: boolean,
  ) {
    super();
  }
}
