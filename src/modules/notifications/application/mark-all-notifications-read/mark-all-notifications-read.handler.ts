import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { markAllRead } from '../../persistence/inbox-items.store';
import { MarkAllNotificationsReadCommand } from './mark-all-notifications-read.command';

@CommandHandler(MarkAllNotificationsReadCommand)
export class MarkAllNotificationsReadHandler implements ICommandHandler<MarkAllNotificationsReadCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({ props }: MarkAllNotificationsReadCommand): Promise<{ marked: number }> {
    const { actorId, workspaceIds } = props;
    if (workspaceIds.length === 0) return { marked: 0 };
    const marked = await this.unitOfWork.run(actorId, (manager) =>
      markAllRead(manager, actorId, workspaceIds),
    );
    return { marked };
  }
}
