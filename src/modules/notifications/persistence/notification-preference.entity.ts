import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

import type { Delivery, NotificationKind } from '../domain/notification-kinds';

/**
 * A user's choice for one kind, for all their workspaces. No row: the kind's default
 * (domain/notification-kinds.ts).
 */
@Entity({ schema: 'notifications', name: 'notification_preferences' })
@Check(
  'notification_preference_delivery_is_known',
  `"delivery" IN ('in-app', 'email', 'digest', 'off')`,
)
export class NotificationPreferenceEntity {
  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'notification_preferences_pkey',
  })
  userId!: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 24,
    primaryKeyConstraintName: 'notification_preferences_pkey',
  })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 8 })
  delivery!: Delivery;
}
