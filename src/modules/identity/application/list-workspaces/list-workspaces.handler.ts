import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';
import type { WorkspaceView } from '../workspace-view';
import { ListWorkspacesQuery } from './list-workspaces.query';

interface Row {
  id: string;
  name: string;
  role: WorkspaceRole;
  created_at: Date;
}

@QueryHandler(ListWorkspacesQuery)
export class ListWorkspacesHandler implements IQueryHandler<ListWorkspacesQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { actorId } }: ListWorkspacesQuery): Promise<WorkspaceView[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT w.id, w.name, m.role, w.created_at
         FROM identity.memberships m JOIN identity.workspaces w ON w.id = m.workspace_id
        WHERE m.user_id = $1 ORDER BY w.created_at, w.id`,
      [actorId],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      role: row.role,
      createdAt: row.created_at.toISOString(),
    }));
  }
}
