import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { LabelUpdatedV1 } from '../../contracts/label-updated.event';
import { updateLabel } from '../../domain/label-transitions';
import { labelOf, writeLabel } from '../../persistence/labels.store';
import { labelViewOf, type LabelView } from '../label-view';
import { UpdateLabelCommand } from './update-label.command';

/** Rename or recolour; projects.label.updated.v1 only for a real change. */
@CommandHandler(UpdateLabelCommand)
export class UpdateLabelHandler implements ICommandHandler<UpdateLabelCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({
    props: { workspaceId, actorId, labelId, changes },
  }: UpdateLabelCommand): Promise<LabelView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      const label = await labelOf(manager, workspaceId, labelId, 'for-update');
      const transition = updateLabel(label, changes);
      if (transition.kind === 'unchanged') return labelViewOf(label);
      const { name, color } = transition.eventPayload;
      const saved = await writeLabel(manager, label.id, { name, color });
      await this.outbox.publish(
        manager,
        new LabelUpdatedV1(transition.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return labelViewOf(saved);
    });
  }
}
