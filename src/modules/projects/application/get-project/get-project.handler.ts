import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { projectOf } from '../../persistence/projects.store';
import { projectViewOf, type ProjectView } from '../project-view';
import { GetProjectQuery } from './get-project.query';

@QueryHandler(GetProjectQuery)
export class GetProjectHandler implements IQueryHandler<GetProjectQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId, projectId } }: GetProjectQuery): Promise<ProjectView> {
    return projectViewOf(await projectOf(this.dataSource.manager, workspaceId, projectId));
  }
}
