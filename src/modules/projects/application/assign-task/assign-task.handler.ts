import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskAssignedV1 } from '../../contracts/task-assigned.event';
import { assertIsMember } from '../../persistence/members.queries';
import { taskOf } from '../../persistence/tasks.queries';
import { taskViewOf, type TaskView } from '../task-view';
import { AssignTaskCommand } from './assign-task.command';

@CommandHandler(AssignTaskCommand)
export class AssignTaskHandler implements ICommandHandler<AssignTaskCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({
    props: { workspaceId, actorId, taskId, assigneeId },
  }: AssignTaskCommand): Promise<TaskView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      const task = await taskOf(manager, workspaceId, taskId, 'pessimistic_write');
      const previousAssigneeId = task.assigneeId;
      if (previousAssigneeId === assigneeId) return taskViewOf(task); // PUT of what is: no event
      if (assigneeId !== null) await assertIsMember(manager, workspaceId, assigneeId);
      task.assigneeId = assigneeId;
      const saved = await manager.save(task);
      await this.outbox.publish(
        manager,
        new TaskAssignedV1(
          { taskId, projectId: task.projectId, assigneeId, previousAssigneeId },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      return taskViewOf(saved);
    });
  }
}
