import { Query } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export class GetProjectQuery extends Query<ProjectView> {
  constructor(
    readonly workspaceId: string,
    readonly projectId: string,
  ) {
    super();
  }
}
