import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { TaskNotFound } from '../../domain/projects.errors';
import { TaskEntity } from '../../persistence/task.entity';
import { DeleteTaskCommand } from './delete-task.command';

@CommandHandler(DeleteTaskCommand)
export class DeleteTaskHandler implements ICommandHandler<DeleteTaskCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({ workspaceId, actorId, taskId }: DeleteTaskCommand): Promise<void> {
    const { affected } = await this.unitOfWork.run(actorId, (manager) =>
      manager.delete(TaskEntity, { id: taskId, workspaceId }),
    );
    if (!affected) throw new TaskNotFound();
  }
}
