import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskDeletedV1 } from '../../contracts/task-deleted.event';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { deleteTaskRow, taskToChangeOf } from '../../persistence/tasks.store';
import { DeleteTaskCommand } from './delete-task.command';

@CommandHandler(DeleteTaskCommand)
export class DeleteTaskHandler implements ICommandHandler<DeleteTaskCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props: { workspaceId, actorId, taskId } }: DeleteTaskCommand): Promise<void> {
    await this.unitOfWork.run(actorId, async (manager) => {
      // Read (and locked) first: a task of an archived project stays, like everything in it.
      const { task, project } = await taskToChangeOf(manager, workspaceId, taskId);
      assertProjectIsActive(project);
      await deleteTaskRow(manager, task);
      // The row's id, not the path's: events carry the canonical (lowercase) form, as the others do.
      await this.outbox.publish(
        manager,
        new TaskDeletedV1(
          { taskId: task.id, projectId: task.projectId },
          newEventMetadata(workspaceId, actorId),
        ),
      );
    });
  }
}
