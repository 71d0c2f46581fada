import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskAssignedV1 } from '../../contracts/task-assigned.event';
import { assignTask } from '../../domain/task-transitions';
import { assertIsMember } from '../../persistence/members.store';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { taskToChangeOf } from '../../persistence/tasks.store';
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
      const { task, project } = await taskToChangeOf(manager, workspaceId, taskId);
      assertProjectIsActive(project);
      const transition = assignTask(task, assigneeId);
      if (transition.kind === 'unchanged') return taskViewOf(task);
      // Only a real change checks membership: re-sending the current assignee stays a no-op
      // (no extra statement), even if that user has left the workspace since.
      if (assigneeId !== null) await assertIsMember(manager, workspaceId, assigneeId);
      const saved = await manager.save(Object.assign(task, transition.changes));
      await this.outbox.publish(
        manager,
        new TaskAssignedV1(transition.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return taskViewOf(saved);
    });
  }
}
