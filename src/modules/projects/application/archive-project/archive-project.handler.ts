import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { ProjectArchivedV1 } from '../../contracts/project-archived.event';
import { archiveProject } from '../../domain/project-transitions';
import { projectOf, writeProjectArchivedAt } from '../../persistence/projects.store';
import { projectViewOf, type ProjectView } from '../project-view';
import { ArchiveProjectCommand } from './archive-project.command';

@CommandHandler(ArchiveProjectCommand)
export class ArchiveProjectHandler implements ICommandHandler<ArchiveProjectCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({
    props: { workspaceId, actorId, projectId },
  }: ArchiveProjectCommand): Promise<ProjectView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      // FOR UPDATE waits for task creations and task changes holding the project FOR SHARE, and
      // makes later ones see the archive: no task lands in or changes in an archived project.
      const project = await projectOf(manager, workspaceId, projectId, 'pessimistic_write');
      const transition = archiveProject(project, new Date());
      if (transition.kind === 'unchanged') return projectViewOf(project);
      const saved = await writeProjectArchivedAt(
        manager,
        Object.assign(project, transition.changes),
      );
      await this.outbox.publish(
        manager,
        new ProjectArchivedV1(transition.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return projectViewOf(saved);
    });
  }
}
