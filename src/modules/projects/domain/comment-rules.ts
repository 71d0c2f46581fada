import { roleAtLeast, type WorkspaceRole } from '../../../common/auth/workspace-role';
import type { CommentEditedPayload } from '../contracts/comment-edited.event';
import { NotCommentAuthor, TooManyMentions } from './comments.errors';
import { type Mention, MENTIONS_PER_COMMENT_MAX } from './mentions';
import { UNCHANGED, type AnnouncedTransition } from './transition';

/** What the comment rules read of a comment; the stored entity (persistence/) has more. */
export interface CommentState {
  readonly id: string;
  readonly taskId: string;
  readonly authorId: string;
  readonly body: string;
  readonly mentionedUserIds: readonly string[];
}

export interface CommentTextChange {
  readonly body: string;
  readonly mentionedUserIds: string[];
  readonly editedAt: Date;
}

/** A comment's new text and the members it mentions (resolved by the handler). */
export interface CommentText {
  readonly body: string;
  readonly mentionedUserIds: string[];
}

/** Refuses a comment naming too many people, before anyone is looked up (TooManyMentions, 400). */
export function assertMentionsWithinCap(mentions: readonly Mention[]): void {
  if (mentions.length > MENTIONS_PER_COMMENT_MAX) throw new TooManyMentions();
}

/** Only the author edits: an admin may remove a comment but never put words in someone's mouth. */
export function assertMayEdit(comment: CommentState, actorId: string): void {
  if (comment.authorId !== actorId) throw new NotCommentAuthor('edit');
}

/** The author deletes their own comment; admins and owners delete any (moderation). */
export function assertMayDelete(
  comment: CommentState,
  actorId: string,
  actorRole: WorkspaceRole,
): void {
  if (comment.authorId !== actorId && !roleAtLeast(actorRole, 'admin')) {
    throw new NotCommentAuthor('delete');
  }
}

/**
 * The comment gets `text` at `now`. The same body again is unchanged (no write, no event, edited
 * time kept), even if the members it resolves to differ now: the text is what was edited. Only
 * members mentioned now and not before are `newlyMentionedUserIds`, so nobody is notified twice.
 */
export function editComment(
  comment: CommentState,
  projectId: string,
  text: CommentText,
  now: Date,
): AnnouncedTransition<CommentTextChange, CommentEditedPayload> {
  if (text.body === comment.body) return UNCHANGED;
  const before = new Set(comment.mentionedUserIds);
  return {
    kind: 'changed',
    changes: { body: text.body, mentionedUserIds: text.mentionedUserIds, editedAt: now },
    eventPayload: {
      commentId: comment.id,
      taskId: comment.taskId,
      projectId,
      authorId: comment.authorId,
      body: text.body,
      mentionedUserIds: text.mentionedUserIds,
      newlyMentionedUserIds: text.mentionedUserIds.filter((id) => !before.has(id)),
    },
  };
}
