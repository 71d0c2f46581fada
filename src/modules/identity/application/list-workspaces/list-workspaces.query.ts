import { Query } from '@nestjs/cqrs';

import type { WorkspaceView } from '../workspace-view';

export interface ListWorkspacesProps {
  /** The signed-in user: the workspaces they are a member of. */
  readonly actorId: string;
}

export class ListWorkspacesQuery extends Query<WorkspaceView[]> {
  constructor(readonly props: ListWorkspacesProps) {
    super();
  }
}
