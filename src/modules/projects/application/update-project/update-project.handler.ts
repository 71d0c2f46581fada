import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { ProjectUpdatedV1 } from '../../contracts/project-updated.event';
import { assertProjectIsActive, updateProject } from '../../domain/project-transitions';
import { assertVersionMatches } from '../../domain/version-precondition';
import { projectOf, writeProjectFields } from '../../persistence/projects.store';
import { projectViewOf, type ProjectView } from '../project-view';
import { UpdateProjectCommand } from './update-project.command';

@CommandHandler(UpdateProjectCommand)
export class UpdateProjectHandler implements ICommandHandler<UpdateProjectCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({
    props: { workspaceId, actorId, projectId, changes, precondition },
  }: UpdateProjectCommand): Promise<ProjectView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      // Locked, so an archive running at the same time cannot slip in between check and write.
      const project = await projectOf(manager, workspaceId, projectId, 'pessimistic_write');
      assertProjectIsActive(project);
      assertVersionMatches(project.version, precondition);
      const transition = updateProject(project, changes);
      if (transition.kind === 'unchanged') return projectViewOf(project);
      const saved = await writeProjectFields(manager, Object.assign(project, transition.changes));
      await this.outbox.publish(
        manager,
        new ProjectUpdatedV1(transition.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return projectViewOf(saved);
    });
  }
}
