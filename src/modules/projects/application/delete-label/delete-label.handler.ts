import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { LabelDeletedV1 } from '../../contracts/label-deleted.event';
import { deleteLabel, labelOf } from '../../persistence/labels.store';
import { DeleteLabelCommand } from './delete-label.command';

/**
 * Deletes the label and takes it off every task, with one projects.label.deleted.v1 (not one
 * task.updated.v1 per task: the contract says so). The label is locked first, then its tasks: the
 * order task writes take as well (labels, then the task), so the two cannot deadlock.
 */
@CommandHandler(DeleteLabelCommand)
export class DeleteLabelHandler implements ICommandHandler<DeleteLabelCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props: { workspaceId, actorId, labelId } }: DeleteLabelCommand): Promise<void> {
    await this.unitOfWork.run(actorId, async (manager) => {
      const label = await labelOf(manager, workspaceId, labelId, 'for-update');
      const taskCount = await deleteLabel(manager, label.id);
      await this.outbox.publish(
        manager,
        new LabelDeletedV1(
          { labelId: label.id, name: label.name, taskCount },
          newEventMetadata(workspaceId, actorId),
        ),
      );
    });
  }
}
