import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';
import { type Page, pageOf } from '../../../../common/pagination/page';
import { timeAndIdAfter, timeAndIdBeyond } from '../../../../common/pagination/time-and-id-cursor';
import { timestampKeyOf } from '../../../../common/pagination/timestamp-key';
import type { WorkspaceView } from '../workspace-view';
import { ListWorkspacesQuery } from './list-workspaces.query';

interface Row {
  id: string;
  name: string;
  role: WorkspaceRole;
  created_at: Date;
  created_key: string;
}

/** Oldest first: keyset on the workspace's (created_at, id). */
@QueryHandler(ListWorkspacesQuery)
export class ListWorkspacesHandler implements IQueryHandler<ListWorkspacesQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({
    props: { actorId, limit, cursor },
  }: ListWorkspacesQuery): Promise<Page<WorkspaceView>> {
    const after = timeAndIdAfter('workspaces', cursor);
    const rows: Row[] = await this.dataSource.query(
      `SELECT w.id, w.name, m.role, w.created_at, ${timestampKeyOf('w.created_at')} AS created_key
         FROM identity.memberships m JOIN identity.workspaces w ON w.id = m.workspace_id
        WHERE m.user_id = $1
          ${after ? `AND ${timeAndIdBeyond('w.created_at', 'w.id', '$3', '$4')}` : ''}
        ORDER BY w.created_at, w.id
        LIMIT $2`,
      after ? [actorId, limit + 1, after.at, after.id] : [actorId, limit + 1],
    );
    return pageOf(
      rows,
      limit,
      'workspaces',
      (row) => [row.created_key, row.id],
      (row) => ({
        id: row.id,
        name: row.name,
        role: row.role,
        createdAt: row.created_at.toISOString(),
      }),
    );
  }
}
