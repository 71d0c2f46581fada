import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';

import {
  DEFAULT_DELIVERIES,
  DELIVERIES,
  type Delivery,
  type NotificationKind,
} from '../../domain/notification-kinds';

const choice = (kind: NotificationKind): PropertyDecorator => {
  const documented = ApiPropertyOptional({
    enum: DELIVERIES,
    enumName: 'NotificationDelivery',
    description: `Default \`${DEFAULT_DELIVERIES[kind]}\`; left out: unchanged`,
  });
  const known = IsIn(DELIVERIES, { message: `$property must be one of ${DELIVERIES.join(', ')}` });
  // Left out is fine; null is not a delivery (IsOptional would let it through to the database).
  const optional = ValidateIf((_, value) => value !== undefined);
  return (target, key) => {
    documented(target, key);
    known(target, key);
    optional(target, key);
  };
};

/**
 * The kinds to change. An unknown kind is refused (unknown fields are, globally), and so is an
 * unknown delivery; nothing is written then.
 */
export class SetNotificationPreferencesDto implements Partial<Record<NotificationKind, Delivery>> {
  @choice('assigned')
  assigned?: Delivery;

  @choice('task-completed')
  'task-completed'?: Delivery;

  @choice('task-reopened')
  'task-reopened'?: Delivery;

  @choice('comment')
  comment?: Delivery;

  @choice('mention')
  mention?: Delivery;

  @choice('invitation-accepted')
  'invitation-accepted'?: Delivery;
}
