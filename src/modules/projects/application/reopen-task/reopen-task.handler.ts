import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskReopenedV1 } from '../../contracts/task-reopened.event';
import { taskOf, writeTaskStatus } from '../../persistence/tasks.queries';
import { taskViewOf, type TaskView } from '../task-view';
import { ReopenTaskCommand } from './reopen-task.command';

@CommandHandler(ReopenTaskCommand)
export class ReopenTaskHandler implements ICommandHandler<ReopenTaskCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props: { workspaceId, actorId, taskId } }: ReopenTaskCommand): Promise<TaskView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      const task = await taskOf(manager, workspaceId, taskId, 'pessimistic_write');
      if (task.status === 'open') return taskViewOf(task); // already open: no event
      task.status = 'open';
      task.completedAt = null;
      const saved = await writeTaskStatus(manager, task);
      await this.outbox.publish(
        manager,
        new TaskReopenedV1(
          { taskId, projectId: task.projectId },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      return taskViewOf(saved);
    });
  }
}
