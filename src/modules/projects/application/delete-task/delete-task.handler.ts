import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { TaskDeletedV1 } from '../../contracts/task-deleted.event';
import { TaskNotFound } from '../../domain/projects.errors';
import { TaskEntity } from '../../persistence/task.entity';
import { DeleteTaskCommand } from './delete-task.command';

@CommandHandler(DeleteTaskCommand)
export class DeleteTaskHandler implements ICommandHandler<DeleteTaskCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props: { workspaceId, actorId, taskId } }: DeleteTaskCommand): Promise<void> {
    await this.unitOfWork.run(actorId, async (manager) => {
      const deleted = await manager
        .createQueryBuilder()
        .delete()
        .from(TaskEntity)
        .where('id = :taskId AND workspace_id = :workspaceId', { taskId, workspaceId })
        .returning(['id', 'project_id'])
        .execute();
      // The row's id, not the path's: events carry the canonical (lowercase) form, as the others do.
      const [row] = (deleted.raw ?? []) as { id: string; project_id: string }[];
      if (!row) throw new TaskNotFound();
      await this.outbox.publish(
        manager,
        new TaskDeletedV1(
          { taskId: row.id, projectId: row.project_id },
          newEventMetadata(workspaceId, actorId),
        ),
      );
    });
  }
}
