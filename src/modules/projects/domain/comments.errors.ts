import { DomainError } from '../../../common/errors/domain-error';
import { MENTIONS_PER_COMMENT_MAX } from './mentions';

/** Also the answer for a comment of another task or workspace: ids reveal nothing elsewhere. */
export class CommentNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'comment-not-found';
  constructor() {
    super('No such comment on this task.');
  }
}

/**
 * 403, not 404: whoever may read the task reads its comments too, so the comment's existence is
 * no secret from the caller; only the change is not theirs to make.
 */
export class NotCommentAuthor extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'not-comment-author';
  constructor(action: 'edit' | 'delete') {
    super(
      action === 'edit'
        ? 'Only the author may edit a comment.'
        : 'Only the author, or an admin or owner of the workspace, may delete a comment.',
    );
  }
}

/** Counted before any lookup, so the answer is the same whoever the mentions name. */
export class TooManyMentions extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'too-many-mentions';
  constructor() {
    super(`body may mention at most ${MENTIONS_PER_COMMENT_MAX} different people.`);
  }
}
