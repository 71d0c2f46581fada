import { Query } from '@nestjs/cqrs';

import type { WorkspaceMemberView } from '../workspace-member-view';

export interface ListMembersProps {
  readonly workspaceId: string;
}

export class ListMembersQuery extends Query<WorkspaceMemberView[]> {
  constructor(readonly props: ListMembersProps) {
    super();
  }
}
