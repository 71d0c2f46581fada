import { Query } from '@nestjs/cqrs';

import type { Page } from '../../../../common/pagination/page';
import type { WorkspaceView } from '../workspace-view';

export interface ListWorkspacesProps {
  /** The signed-in user: the workspaces they are a member of. */
  readonly actorId: string;
  readonly limit: number;
  /** A cursor from the previous page's Link; undefined for the first page. */
  readonly cursor?: string;
}

export class ListWorkspacesQuery extends Query<Page<WorkspaceView>> {
  constructor(readonly props: ListWorkspacesProps) {
    super();
  }
}
