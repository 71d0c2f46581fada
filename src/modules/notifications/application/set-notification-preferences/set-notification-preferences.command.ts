import { Command } from '@nestjs/cqrs';

import type { Delivery, NotificationKind } from '../../domain/notification-kinds';
import type { NotificationPreferencesView } from '../notification-preferences-view';

export interface SetNotificationPreferencesProps {
  readonly actorId: string;
  /** The kinds to change; the others keep their delivery. */
  readonly choices: Partial<Record<NotificationKind, Delivery>>;
}

export class SetNotificationPreferencesCommand extends Command<NotificationPreferencesView> {
  constructor(readonly props: SetNotificationPreferencesProps) {
    super();
  }
}
