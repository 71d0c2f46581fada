import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskCompletedV1 } from '../../contracts/task-completed.event';
import { completeTask } from '../../domain/task-transitions';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { taskToChangeOf, writeTaskStatus } from '../../persistence/tasks.store';
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
      const { task, project } = await taskToChangeOf(manager, workspaceId, taskId);
      assertProjectIsActive(project);
      const transition = completeTask(task, new Date());
      if (transition.kind === 'unchanged') return taskViewOf(task);
      const saved = await writeTaskStatus(manager, Object.assign(task, transition.changes));
      await this.outbox.publish(
        manager,
        new TaskCompletedV1(transition.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return taskViewOf(saved);
    });
  }
}
