import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { IsNull } from 'typeorm';

import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { ProjectEntity } from '../../persistence/project.entity';
import { projectViewOf, type ProjectView } from '../project-view';
import { ListProjectsQuery } from './list-projects.query';

@QueryHandler(ListProjectsQuery)
export class ListProjectsHandler implements IQueryHandler<ListProjectsQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({
    props: { workspaceId, actorId, includeArchived },
  }: ListProjectsQuery): Promise<{ items: ProjectView[] }> {
    const projects = await this.reads.run({ actorId }, (manager) =>
      manager.find(ProjectEntity, {
        where: includeArchived ? { workspaceId } : { workspaceId, archivedAt: IsNull() },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
    return { items: projects.map(projectViewOf) };
  }
}
