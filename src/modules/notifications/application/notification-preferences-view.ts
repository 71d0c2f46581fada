import { ApiProperty } from '@nestjs/swagger';

import {
  DEFAULT_DELIVERIES,
  DELIVERIES,
  type Delivery,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../domain/notification-kinds';

const deliveryProperty = (kind: NotificationKind) =>
  ApiProperty({
    enum: DELIVERIES,
    enumName: 'NotificationDelivery',
    description: `Default \`${DEFAULT_DELIVERIES[kind]}\``,
    example: DEFAULT_DELIVERIES[kind],
  });

/** Every kind with its delivery: the user's choice, else the kind's default. */
export class NotificationPreferencesView implements Record<NotificationKind, Delivery> {
  @deliveryProperty('assigned')
  assigned!: Delivery;

  @deliveryProperty('task-completed')
  'task-completed'!: Delivery;

  @deliveryProperty('task-reopened')
  'task-reopened'!: Delivery;

  @deliveryProperty('comment')
  comment!: Delivery;

  @deliveryProperty('mention')
  mention!: Delivery;

  @deliveryProperty('invitation-accepted')
  'invitation-accepted'!: Delivery;
}

export function preferencesViewOf(
  chosen: Partial<Record<NotificationKind, Delivery>>,
): NotificationPreferencesView {
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, chosen[kind] ?? DEFAULT_DELIVERIES[kind]]),
  ) as Record<NotificationKind, Delivery>;
}
