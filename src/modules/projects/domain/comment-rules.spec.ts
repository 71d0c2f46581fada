import { NotCommentAuthor, TooManyMentions } from './comments.errors';
import {
  assertMayDelete,
  assertMayEdit,
  assertMentionsWithinCap,
  editComment,
  type CommentState,
} from './comment-rules';
import { type Mention, MENTIONS_PER_COMMENT_MAX } from './mentions';

const AUTHOR = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const THIRD = 'a0000000-0000-4000-8000-000000000003';
const comment: CommentState = {
  id: 'c0000000-0000-4000-8000-000000000001',
  taskId: 't0000000-0000-4000-8000-000000000001',
  authorId: AUTHOR,
  body: 'Hello @x',
  mentionedUserIds: [OTHER],
};

describe('comment rules', () => {
  it('only the author edits, whatever the role of anyone else', () => {
    expect(() => assertMayEdit(comment, AUTHOR)).not.toThrow();
    expect(() => assertMayEdit(comment, OTHER)).toThrow(NotCommentAuthor);
  });

  it('the author deletes; admins and owners moderate; members and viewers do not', () => {
    expect(() => assertMayDelete(comment, AUTHOR, 'viewer')).not.toThrow();
    expect(() => assertMayDelete(comment, OTHER, 'admin')).not.toThrow();
    expect(() => assertMayDelete(comment, OTHER, 'owner')).not.toThrow();
    expect(() => assertMayDelete(comment, OTHER, 'member')).toThrow(NotCommentAuthor);
    expect(() => assertMayDelete(comment, OTHER, 'viewer')).toThrow(NotCommentAuthor);
  });

  it('caps the distinct mentions of one comment', () => {
    const mentions = (count: number): Mention[] =>
      Array.from({ length: count }, (_, index) => ({
        kind: 'email',
        email: `u${index}@example.com`,
      }));
    expect(() => assertMentionsWithinCap(mentions(MENTIONS_PER_COMMENT_MAX))).not.toThrow();
    expect(() => assertMentionsWithinCap(mentions(MENTIONS_PER_COMMENT_MAX + 1))).toThrow(
      TooManyMentions,
    );
  });

  it('an edit to the same text is unchanged, even when the mentions would resolve otherwise', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(
      editComment(comment, 'p1', { body: comment.body, mentionedUserIds: [THIRD] }, now),
    ).toEqual({ kind: 'unchanged' });
  });

  it('an edit announces only the members mentioned now and not before', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    const edited = editComment(
      comment,
      'p1',
      { body: 'Hello all', mentionedUserIds: [THIRD, OTHER] },
      now,
    );
    expect(edited).toEqual({
      kind: 'changed',
      changes: { body: 'Hello all', mentionedUserIds: [THIRD, OTHER], editedAt: now },
      eventPayload: {
        commentId: comment.id,
        taskId: comment.taskId,
        projectId: 'p1',
        authorId: AUTHOR,
        body: 'Hello all',
        mentionedUserIds: [THIRD, OTHER],
        newlyMentionedUserIds: [THIRD],
      },
    });
  });
});
