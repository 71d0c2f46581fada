import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { pageOf } from '../../../../common/pagination/page';
import { timeAndIdAfter, timeAndIdBeyond } from '../../../../common/pagination/time-and-id-cursor';
import {
  TIME_KEY,
  timestampKeyOf,
  withTimeKeys,
} from '../../../../common/pagination/timestamp-key';
import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { ProjectEntity } from '../../persistence/project.entity';
import { type ProjectList, projectViewOf } from '../project-view';
import { ListProjectsQuery } from './list-projects.query';

/** Oldest first: keyset on (created_at, id); every page applies the archive filter again. */
@QueryHandler(ListProjectsQuery)
export class ListProjectsHandler implements IQueryHandler<ListProjectsQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({
    props: { workspaceId, actorId, includeArchived, limit, cursor },
  }: ListProjectsQuery): Promise<ProjectList> {
    const after = timeAndIdAfter('projects', cursor);
    const rows = await this.reads.run({ actorId }, (manager) => {
      const query = manager
        .createQueryBuilder(ProjectEntity, 'p')
        .addSelect(timestampKeyOf('p.created_at'), TIME_KEY)
        .where('p.workspace_id = :workspaceId', { workspaceId })
        .orderBy('p.created_at', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .limit(limit + 1);
      if (!includeArchived) query.andWhere('p.archived_at IS NULL');
      if (after) query.andWhere(timeAndIdBeyond('p.created_at', 'p.id', ':at', ':id'), after);
      return query.getRawAndEntities();
    });
    return pageOf(
      withTimeKeys(rows),
      limit,
      'projects',
      (row) => [row.at, row.entity.id],
      (row) => projectViewOf(row.entity),
    );
  }
}
