import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { NotificationNotFound } from '../../domain/notifications.errors';
import { markRead } from '../../persistence/inbox-items.store';
import { MarkNotificationReadCommand } from './mark-notification-read.command';

/** Marking a read item read again changes nothing (it keeps when it was first read). */
@CommandHandler(MarkNotificationReadCommand)
export class MarkNotificationReadHandler implements ICommandHandler<MarkNotificationReadCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({ props }: MarkNotificationReadCommand): Promise<void> {
    const { actorId, workspaceIds, notificationId } = props;
    const found = await this.unitOfWork.run(actorId, (manager) =>
      markRead(manager, actorId, notificationId, workspaceIds),
    );
    if (!found) throw new NotificationNotFound();
  }
}
