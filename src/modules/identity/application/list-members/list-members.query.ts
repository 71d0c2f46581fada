import { Query } from '@nestjs/cqrs';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';

export interface MemberView {
  userId: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
}

export interface ListMembersProps {
  readonly workspaceId: string;
}

export class ListMembersQuery extends Query<MemberView[]> {
  constructor(readonly props: ListMembersProps) {
    super();
  }
}
