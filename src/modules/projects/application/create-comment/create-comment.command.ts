import { Command } from '@nestjs/cqrs';

import type { CommentView } from '../comment-view';

export interface CreateCommentProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the comment's author and the event's actor. */
  readonly actorId: string;
  readonly taskId: string;
  /** Markdown, already trimmed and size-checked by the DTO. */
  readonly body: string;
}

export class CreateCommentCommand extends Command<CommentView> {
  constructor(readonly props: CreateCommentProps) {
    super();
  }
}
