import { Command } from '@nestjs/cqrs';

import type { CommentView } from '../comment-view';

export interface EditCommentProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: only the comment's author may. */
  readonly actorId: string;
  readonly taskId: string;
  readonly commentId: string;
  /** Markdown, already trimmed and size-checked by the DTO. */
  readonly body: string;
}

export class EditCommentCommand extends Command<CommentView> {
  constructor(readonly props: EditCommentProps) {
    super();
  }
}
