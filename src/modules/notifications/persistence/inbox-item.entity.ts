import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import type { InboxSubject } from '../domain/inbox-subject';
import type { Delivery, NotificationKind } from '../domain/notification-kinds';

/**
 * One personal notification (docs/NOTIFICATIONS.md, "Personal notifications"). `id` is the keyset
 * of every list and the id live delivery (SSE) will send as the event id: increasing with insertion,
 * never reused. `delivery` is the recipient's preference when the item was made (`off` makes none).
 */
@Entity({ schema: 'notifications', name: 'inbox_items' })
@Check('inbox_item_delivery_is_known', `"delivery" IN ('in-app', 'email', 'digest')`)
// "My items, newest first" (all workspaces; the session's filters them) and "my unread ones".
@Index('inbox_items_by_user', ['userId', 'id'])
@Index('inbox_items_unread_by_user', ['userId', 'id'], { where: `read_at IS NULL` })
// The mail batch job: this user's items to be mailed and not yet in a batch.
@Index('inbox_items_to_mail', ['userId', 'id'], {
  where: `delivery = 'email' AND mail_batch IS NULL`,
})
@Index('inbox_items_in_mail_batch', ['mailBatch'], { where: `mail_batch IS NOT NULL` })
// The weekly digest's "unread notifications since the last digest".
@Index('inbox_items_for_digest', ['workspaceId', 'userId', 'createdAt'], {
  where: `delivery = 'digest' AND read_at IS NULL`,
})
// One notification per user per comment: a mention and a comment of one comment are one item.
@Index('inbox_items_one_per_comment', ['userId', 'commentId'], {
  unique: true,
  where: `comment_id IS NOT NULL`,
})
export class InboxItemEntity {
  /** A bigint string, as pg returns int8. */
  @PrimaryColumn({
    type: 'bigint',
    generated: 'identity',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'inbox_items_pkey',
  })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 8 })
  delivery!: Exclude<Delivery, 'off'>;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId!: string | null;

  /** Who did it (the event's actor); null for the system. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  subject!: InboxSubject;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** The mail this item went out in (`delivery = 'email'` only); null until it is batched. */
  @Column({ name: 'mail_batch', type: 'varchar', length: 80, nullable: true })
  mailBatch!: string | null;
}
