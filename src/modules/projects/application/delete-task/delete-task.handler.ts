import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { TaskNotFound } from '../../domain/projects.errors';
import { TaskEntity } from '../../persistence/task.entity';
import { DeleteTaskCommand } from './delete-task.command';

@CommandHandler(DeleteTaskCommand)
export class DeleteTaskHandler implements ICommandHandler<DeleteTaskCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ workspaceId, taskId }: DeleteTaskCommand): Promise<void> {
    const { affected } = await this.dataSource.manager.delete(TaskEntity, {
      id: taskId,
      workspaceId,
    });
    if (!affected) throw new TaskNotFound();
  }
}
