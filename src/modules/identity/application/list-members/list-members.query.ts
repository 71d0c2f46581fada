import { Query } from '@nestjs/cqrs';

import type { Page } from '../../../../common/pagination/page';
import type { WorkspaceMemberView } from '../workspace-member-view';

export interface ListMembersProps {
  readonly workspaceId: string;
  readonly limit: number;
  /** A cursor from the previous page's Link; undefined for the first page. */
  readonly cursor?: string;
}

export class ListMembersQuery extends Query<Page<WorkspaceMemberView>> {
  constructor(readonly props: ListMembersProps) {
    super();
  }
}
