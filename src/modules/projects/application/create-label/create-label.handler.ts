import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { AppConfig } from '../../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { LabelCreatedV1 } from '../../contracts/label-created.event';
import { claimLabelSlot } from '../../persistence/label-slots';
import { insertLabel } from '../../persistence/labels.store';
import { labelViewOf, type LabelView } from '../label-view';
import { CreateLabelCommand } from './create-label.command';

@CommandHandler(CreateLabelCommand)
export class CreateLabelHandler implements ICommandHandler<CreateLabelCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
    private readonly config: AppConfig,
  ) {}

  async execute({
    props: { workspaceId, actorId, name, color },
  }: CreateLabelCommand): Promise<LabelView> {
    return this.unitOfWork.run(actorId, async (manager) => {
      await claimLabelSlot(manager, workspaceId, this.config.workspaceQuotas.labels);
      const label = await insertLabel(manager, {
        workspaceId,
        name,
        color: color.toLowerCase(),
        createdBy: actorId,
      });
      await this.outbox.publish(
        manager,
        new LabelCreatedV1(
          { labelId: label.id, name: label.name, color: label.color },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      return labelViewOf(label);
    });
  }
}
