import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskCreatedV1 } from '../../contracts/task-created.event';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { newTaskFields } from '../../domain/task-fields';
import { priorityRank } from '../../domain/task-priority';
import { assertIsMember } from '../../persistence/members.store';
import { projectOf } from '../../persistence/projects.store';
import { assertLabelsOfWorkspace, replaceTaskLabels } from '../../persistence/task-labels.store';
import { TaskEntity } from '../../persistence/task.entity';
import { taskViewOf, type TaskView } from '../task-view';
import { CreateTaskCommand } from './create-task.command';

@CommandHandler(CreateTaskCommand)
export class CreateTaskHandler implements ICommandHandler<CreateTaskCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: CreateTaskCommand): Promise<TaskView> {
    const { workspaceId, actorId, projectId, title, description, assigneeId } = props;
    // Rules first: a request that breaks one (due date without zone, start after due) costs no
    // statement. Label ids are stored as Postgres prints them, lower case.
    const fields = newTaskFields(title, {
      ...props.fields,
      description,
      labelIds: props.fields.labelIds?.map((id) => id.toLowerCase()),
    });
    return this.unitOfWork.run(actorId, async (manager) => {
      // Labels before the project, in the order a label's deletion locks them (no deadlock).
      await assertLabelsOfWorkspace(manager, workspaceId, fields.labelIds);
      // FOR SHARE: tasks may be created side by side, but an archive waits for them (and vice versa).
      const project = await projectOf(manager, workspaceId, projectId, 'pessimistic_read');
      assertProjectIsActive(project);
      if (assigneeId !== null) await assertIsMember(manager, workspaceId, assigneeId);
      const task = await manager.save(
        manager.create(TaskEntity, {
          workspaceId,
          projectId,
          title,
          description,
          status: 'open',
          assigneeId,
          createdBy: actorId,
          completedAt: null,
          dueAt: fields.dueAt === null ? null : new Date(fields.dueAt),
          dueTimeZone: fields.dueTimeZone,
          startOn: fields.startOn,
          priority: priorityRank(fields.priority),
        }),
      );
      if (fields.labelIds.length > 0) await replaceTaskLabels(manager, task.id, fields.labelIds);
      await this.outbox.publish(
        manager,
        new TaskCreatedV1(
          { taskId: task.id, projectId, title, assigneeId },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      return taskViewOf(Object.assign(task, { labelIds: fields.labelIds }));
    });
  }
}
