import { ApiProperty } from '@nestjs/swagger';

import { NOTIFICATION_KINDS, type NotificationKind } from '../domain/notification-kinds';
import type { InboxRow } from '../persistence/inbox-page.read';

/** What a notification's `subject` may hold: values as they were when it was made. */
export class NotificationSubjectView {
  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    description: "The task's title when the notification was made (null: not known yet)",
    example: 'Write the launch post',
  })
  taskTitle?: string | null;

  @ApiProperty({
    required: false,
    description: "The comment's first words (comment, mention)",
    example: '@ana can you look at this?',
  })
  excerpt?: string;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Who joined (invitation-accepted)',
  })
  memberId?: string;

  @ApiProperty({
    required: false,
    description: 'Their role (invitation-accepted)',
    example: 'member',
  })
  role?: string;
}

export class NotificationView {
  @ApiProperty({
    description: 'Increasing with time, never reused (a string: it is a 64-bit integer)',
    example: '1024',
  })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The workspace it happened in' })
  workspaceId!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind', example: 'assigned' })
  kind!: NotificationKind;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  taskId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  commentId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who did it' })
  actorId!: string | null;

  @ApiProperty({ type: NotificationSubjectView })
  subject!: NotificationSubjectView;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: unread' })
  readAt!: string | null;
}

export function notificationViewOf(row: InboxRow): NotificationView {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    kind: row.kind,
    taskId: row.taskId,
    commentId: row.commentId,
    actorId: row.actorId,
    subject: row.subject,
    createdAt: new Date(row.createdAt).toISOString(),
    readAt: row.readAt === null ? null : new Date(row.readAt).toISOString(),
  };
}
