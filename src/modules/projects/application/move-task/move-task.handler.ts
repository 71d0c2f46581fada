import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskMovedV1 } from '../../contracts/task-moved.event';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { moveTask } from '../../domain/task-move';
import { projectOf } from '../../persistence/projects.store';
import { taskToChangeOf, writeTaskProject } from '../../persistence/tasks.store';
import { taskViewOf, type TaskView } from '../task-view';
import { MoveTaskCommand } from './move-task.command';

@CommandHandler(MoveTaskCommand)
export class MoveTaskHandler implements ICommandHandler<MoveTaskCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: MoveTaskCommand): Promise<TaskView> {
    const { workspaceId, actorId, taskId, toProjectId } = props;
    return this.unitOfWork.run(actorId, async (manager) => {
      // A task leaves an archived project as little as it changes in one.
      const { task, project } = await taskToChangeOf(manager, workspaceId, taskId);
      assertProjectIsActive(project);
      const transition = moveTask(task, toProjectId);
      if (transition.kind === 'unchanged') return taskViewOf(task);
      // FOR SHARE, as a task creation: the target is not archived or deleted until this commits.
      // Another workspace's project is not found (404), as a made-up id is.
      assertProjectIsActive(await projectOf(manager, workspaceId, toProjectId, 'pessimistic_read'));
      const saved = await writeTaskProject(manager, Object.assign(task, transition.changes));
      await this.outbox.publish(
        manager,
        new TaskMovedV1(transition.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return taskViewOf(saved);
    });
  }
}
