import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { ProjectUnarchivedV1 } from '../../contracts/project-unarchived.event';
import { unarchiveProject } from '../../domain/project-transitions';
import { projectOf, writeProjectArchivedAt } from '../../persistence/projects.store';
import { projectViewOf, type ProjectView } from '../project-view';
import { UnarchiveProjectCommand } from './unarchive-project.command';

@CommandHandler(UnarchiveProjectCommand)
export class UnarchiveProjectHandler implements ICommandHandler<UnarchiveProjectCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({
    props: { workspaceId, actorId, projectId },
  }: UnarchiveProjectCommand): Promise<ProjectView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      // Locked like archive: of an archive and an unarchive at once, the second sees the first.
      const project = await projectOf(manager, workspaceId, projectId, 'pessimistic_write');
      const transition = unarchiveProject(project);
      if (transition.kind === 'unchanged') return projectViewOf(project);
      const saved = await writeProjectArchivedAt(
        manager,
        Object.assign(project, transition.changes),
      );
      await this.outbox.publish(
        manager,
        new ProjectUnarchivedV1(transition.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return projectViewOf(saved);
    });
  }
}
