import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { ProjectDeletedV1 } from '../../contracts/project-deleted.event';
import { assertProjectIsArchived, projectDeletion } from '../../domain/project-transitions';
import { deleteProjectWithTasks, projectOf } from '../../persistence/projects.store';
import { DeleteProjectCommand } from './delete-project.command';

@CommandHandler(DeleteProjectCommand)
export class DeleteProjectHandler implements ICommandHandler<DeleteProjectCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({
    props: { workspaceId, actorId, projectId },
  }: DeleteProjectCommand): Promise<void> {
    await this.unitOfWork.run(actorId, async (manager) => {
      // FOR UPDATE, as archive: an unarchive cannot slip in between the check and the delete, and
      // task changes (which hold the project FOR SHARE first) wait and then find no task.
      const project = await projectOf(manager, workspaceId, projectId, 'pessimistic_write');
      assertProjectIsArchived(project);
      const taskIds = await deleteProjectWithTasks(manager, project);
      // One event with every task id, no task.deleted each (the contract): 10 000 tasks make a
      // payload of about 400 KB, one outbox row (docs/EVENTS.md, projects.project.deleted.v1).
      await this.outbox.publish(
        manager,
        new ProjectDeletedV1(
          projectDeletion(project, taskIds),
          newEventMetadata(workspaceId, actorId),
        ),
      );
    });
  }
}
