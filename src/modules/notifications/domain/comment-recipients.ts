import type { NotificationKind } from './notification-kinds';

export interface CommentRecipient {
  userId: string;
  kind: Extract<NotificationKind, 'comment' | 'mention'>;
}

/**
 * Who hears of a comment, and as what: each mentioned user (`mention`), and the task's assignee
 * and creator (`comment`), never the author, one entry per user, a mention winning over a comment.
 * An edit passes only its newly mentioned users and no task parties.
 */
export function commentRecipients(input: {
  authorId: string;
  mentionedUserIds: readonly string[];
  taskParties: readonly (string | null)[];
}): CommentRecipient[] {
  const recipients = new Map<string, CommentRecipient['kind']>();
  for (const userId of input.mentionedUserIds) recipients.set(userId, 'mention');
  for (const userId of input.taskParties) {
    if (userId !== null && !recipients.has(userId)) recipients.set(userId, 'comment');
  }
  recipients.delete(input.authorId);
  return [...recipients].map(([userId, kind]) => ({ userId, kind }));
}
