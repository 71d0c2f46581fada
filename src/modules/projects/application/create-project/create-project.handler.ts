import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { ProjectCreatedV1 } from '../../contracts/project-created.event';
import { ProjectEntity } from '../../persistence/project.entity';
import { projectViewOf, type ProjectView } from '../project-view';
import { CreateProjectCommand } from './create-project.command';

@CommandHandler(CreateProjectCommand)
export class CreateProjectHandler implements ICommandHandler<CreateProjectCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({
    props: { workspaceId, actorId, name, description },
  }: CreateProjectCommand): Promise<ProjectView> {
    const project = await this.unitOfWork.run(actorId, async (manager) => {
      const created = await manager.save(
        manager.create(ProjectEntity, {
          workspaceId,
          name,
          description,
          archivedAt: null,
          createdBy: actorId,
        }),
      );
      await this.outbox.publish(
        manager,
        new ProjectCreatedV1(
          { projectId: created.id, name },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      return created;
    });
    return projectViewOf(project);
  }
}
