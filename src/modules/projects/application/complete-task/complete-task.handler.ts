import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskCompletedV1 } from '../../contracts/task-completed.event';
import { taskOf, writeTaskStatus } from '../../persistence/tasks.queries';
import { taskViewOf, type TaskView } from '../task-view';
import { CompleteTaskCommand } from './complete-task.command';

@CommandHandler(CompleteTaskCommand)
export class CompleteTaskHandler implements ICommandHandler<CompleteTaskCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({
    props: { workspaceId, actorId, taskId },
  }: CompleteTaskCommand): Promise<TaskView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      const task = await taskOf(manager, workspaceId, taskId, 'pessimistic_write');
      if (task.status === 'done') return taskViewOf(task); // already done: no second event
      const completedAt = new Date();
      task.status = 'done';
      task.completedAt = completedAt;
      const saved = await writeTaskStatus(manager, task);
      await this.outbox.publish(
        manager,
        new TaskCompletedV1(
          {
            taskId,
            projectId: task.projectId,
            assigneeId: task.assigneeId,
            completedAt: completedAt.toISOString(),
          },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      return taskViewOf(saved);
    });
  }
}
