import { Query } from '@nestjs/cqrs';

import type { WorkspaceView } from '../workspace-view';

export class ListWorkspacesQuery extends Query<WorkspaceView[]> {
  constructor(readonly userId: string) {
    super();
  }
}
