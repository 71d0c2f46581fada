import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { preferencesOf, setPreferences } from '../../persistence/notification-preferences.store';
import {
  type NotificationPreferencesView,
  preferencesViewOf,
} from '../notification-preferences-view';
import { SetNotificationPreferencesCommand } from './set-notification-preferences.command';

/** Applies to items made from now on; existing items keep the delivery they were made with. */
@CommandHandler(SetNotificationPreferencesCommand)
export class SetNotificationPreferencesHandler implements ICommandHandler<SetNotificationPreferencesCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({
    props,
  }: SetNotificationPreferencesCommand): Promise<NotificationPreferencesView> {
    const { actorId, choices } = props;
    const chosen = await this.unitOfWork.run(actorId, async (manager) => {
      await setPreferences(manager, actorId, choices);
      return preferencesOf(manager, actorId);
    });
    return preferencesViewOf(chosen);
  }
}
