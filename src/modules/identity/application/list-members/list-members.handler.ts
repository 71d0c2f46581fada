import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';
import type { WorkspaceMemberView } from '../workspace-member-view';
import { ListMembersQuery } from './list-members.query';

interface Row {
  user_id: string;
  email: string;
  role: WorkspaceRole;
  joined_at: Date;
}

@QueryHandler(ListMembersQuery)
export class ListMembersHandler implements IQueryHandler<ListMembersQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId } }: ListMembersQuery): Promise<WorkspaceMemberView[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT m.user_id, u.email, m.role, m.joined_at
         FROM identity.memberships m JOIN identity.users u ON u.id = m.user_id
        WHERE m.workspace_id = $1 ORDER BY m.joined_at, u.email`,
      [workspaceId],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      email: row.email,
      role: row.role,
      joinedAt: row.joined_at.toISOString(),
    }));
  }
}
