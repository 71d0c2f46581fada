import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { projectOf } from '../../persistence/projects.store';
import { projectViewOf, type ProjectView } from '../project-view';
import { UpdateProjectCommand } from './update-project.command';

@CommandHandler(UpdateProjectCommand)
export class UpdateProjectHandler implements ICommandHandler<UpdateProjectCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({
    props: { workspaceId, actorId, projectId, changes },
  }: UpdateProjectCommand): Promise<ProjectView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      // Locked, so an archive running at the same time cannot slip in between check and write.
      const project = await projectOf(manager, workspaceId, projectId, 'pessimistic_write');
      assertProjectIsActive(project);
      if (changes.name !== undefined) project.name = changes.name;
      if (changes.description !== undefined) project.description = changes.description;
      return projectViewOf(await manager.save(project));
    });
  }
}
