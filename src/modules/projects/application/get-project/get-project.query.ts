import { Query } from '@nestjs/cqrs';

import type { ProjectView } from '../project-view';

export interface GetProjectProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

export class GetProjectQuery extends Query<ProjectView> {
  constructor(readonly props: GetProjectProps) {
    super();
  }
}
