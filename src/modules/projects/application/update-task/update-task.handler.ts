import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskUpdatedV1 } from '../../contracts/task-updated.event';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { updateTaskFields } from '../../domain/task-fields';
import { assertVersionMatches } from '../../domain/version-precondition';
import { assertLabelsOfWorkspace, replaceTaskLabels } from '../../persistence/task-labels.store';
import { taskToChangeOf, writeTaskFields } from '../../persistence/tasks.store';
import { storedTaskFields, withTaskFields } from '../stored-task-fields';
import { taskViewOf, type TaskView } from '../task-view';
import { UpdateTaskCommand } from './update-task.command';

/**
 * Load and lock, check If-Match, let the domain decide what really changed, write it, announce it
 * (projects.task.updated.v1, only for a real change).
 */
@CommandHandler(UpdateTaskCommand)
export class UpdateTaskHandler implements ICommandHandler<UpdateTaskCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: UpdateTaskCommand): Promise<TaskView> {
    const { workspaceId, actorId, taskId, precondition } = props;
    // Label ids are stored as Postgres prints them (lower case): compared as such, too.
    const labelIds = props.changes.labelIds?.map((id) => id.toLowerCase());
    const changes = { ...props.changes, labelIds };
    return this.unitOfWork.run(actorId, async (manager) => {
      // Labels before the task, in the order a label's deletion locks them (no deadlock).
      if (labelIds !== undefined) await assertLabelsOfWorkspace(manager, workspaceId, labelIds);
      const { task, project } = await taskToChangeOf(manager, workspaceId, taskId);
      assertProjectIsActive(project);
      assertVersionMatches(task.version, precondition);
      const current = storedTaskFields(task);
      const transition = updateTaskFields(task, current, changes);
      if (transition.kind === 'unchanged') return taskViewOf(task);
      const next = { ...current, ...transition.changes };
      await writeTaskFields(manager, withTaskFields(task, next));
      if (transition.changes.labelIds !== undefined) {
        await replaceTaskLabels(manager, task.id, next.labelIds);
      }
      await this.outbox.publish(
        manager,
        new TaskUpdatedV1(transition.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return taskViewOf(task);
    });
  }
}
