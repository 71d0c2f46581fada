import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { SlackConnectionEntity } from '../../persistence/slack-connection.entity';
import { DisconnectSlackCommand } from './disconnect-slack.command';

/** Forgets the webhook URL. Jobs still queued find no connection and send nothing. Idempotent. */
@CommandHandler(DisconnectSlackCommand)
export class DisconnectSlackHandler implements ICommandHandler<DisconnectSlackCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({ props: { workspaceId, actorId } }: DisconnectSlackCommand): Promise<void> {
    await this.unitOfWork.run(actorId, (manager) =>
      manager.delete(SlackConnectionEntity, { workspaceId }),
    );
  }
}
