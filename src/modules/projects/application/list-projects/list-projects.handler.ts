import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource, IsNull } from 'typeorm';

import { ProjectEntity } from '../../persistence/project.entity';
import { projectViewOf, type ProjectView } from '../project-view';
import { ListProjectsQuery } from './list-projects.query';

@QueryHandler(ListProjectsQuery)
export class ListProjectsHandler implements IQueryHandler<ListProjectsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({
    workspaceId,
    includeArchived,
  }: ListProjectsQuery): Promise<{ items: ProjectView[] }> {
    const projects = await this.dataSource.manager.find(ProjectEntity, {
      where: includeArchived ? { workspaceId } : { workspaceId, archivedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { items: projects.map(projectViewOf) };
  }
}
