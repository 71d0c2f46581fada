import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';
import { type Page, pageOf } from '../../../../common/pagination/page';
import { timeAndIdAfter, timeAndIdBeyond } from '../../../../common/pagination/time-and-id-cursor';
import { timestampKeyOf } from '../../../../common/pagination/timestamp-key';
import type { WorkspaceMemberView } from '../workspace-member-view';
import { ListMembersQuery } from './list-members.query';

interface Row {
  user_id: string;
  email: string;
  role: WorkspaceRole;
  joined_at: Date;
  joined_key: string;
}

/**
 * In the order they joined: keyset on (joined_at, user_id). The tiebreaker is the user id, not the
 * email, so that no address ends up in a cursor (cursors travel in URLs and access logs).
 */
@QueryHandler(ListMembersQuery)
export class ListMembersHandler implements IQueryHandler<ListMembersQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({
    props: { workspaceId, limit, cursor },
  }: ListMembersQuery): Promise<Page<WorkspaceMemberView>> {
    const after = timeAndIdAfter('members', cursor);
    const rows: Row[] = await this.dataSource.query(
      `SELECT m.user_id, u.email, m.role, m.joined_at, ${timestampKeyOf('m.joined_at')} AS joined_key
         FROM identity.memberships m JOIN identity.users u ON u.id = m.user_id
        WHERE m.workspace_id = $1
          ${after ? `AND ${timeAndIdBeyond('m.joined_at', 'm.user_id', '$3', '$4')}` : ''}
        ORDER BY m.joined_at, m.user_id
        LIMIT $2`,
      after ? [workspaceId, limit + 1, after.at, after.id] : [workspaceId, limit + 1],
    );
    return pageOf(
      rows,
      limit,
      'members',
      (row) => [row.joined_key, row.user_id],
      (row) => ({
        userId: row.user_id,
        email: row.email,
        role: row.role,
        joinedAt: row.joined_at.toISOString(),
      }),
    );
  }
}
