import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { archiveProject } from '../../domain/project-transitions';
import { projectOf } from '../../persistence/projects.store';
import { projectViewOf, type ProjectView } from '../project-view';
import { ArchiveProjectCommand } from './archive-project.command';

@CommandHandler(ArchiveProjectCommand)
export class ArchiveProjectHandler implements ICommandHandler<ArchiveProjectCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({
    props: { workspaceId, actorId, projectId },
  }: ArchiveProjectCommand): Promise<ProjectView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      // FOR UPDATE waits for task creations holding the project FOR SHARE, and makes later ones
      // see the archive: no task lands in a project after it was archived.
      const project = await projectOf(manager, workspaceId, projectId, 'pessimistic_write');
      const transition = archiveProject(project, new Date());
      if (transition.kind === 'unchanged') return projectViewOf(project);
      return projectViewOf(await manager.save(Object.assign(project, transition.changes)));
    });
  }
}
