import { Query } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export class ListProjectsQuery extends Query<{ items: ProjectView[] }> {
  constructor(
    readonly workspaceId: string,
    readonly includeArchived: boolean,
  ) {
    super();
  }
}
