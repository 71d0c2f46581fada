import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { taskToChangeOf } from '../../persistence/tasks.store';
import { taskViewOf, type TaskView } from '../task-view';
import { UpdateTaskCommand } from './update-task.command';

@CommandHandler(UpdateTaskCommand)
export class UpdateTaskHandler implements ICommandHandler<UpdateTaskCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({
    props: { workspaceId, actorId, taskId, changes },
  }: UpdateTaskCommand): Promise<TaskView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      const { task, project } = await taskToChangeOf(manager, workspaceId, taskId);
      assertProjectIsActive(project);
      if (changes.title !== undefined) task.title = changes.title;
      if (changes.description !== undefined) task.description = changes.description;
      return taskViewOf(await manager.save(task));
    });
  }
}
