import { Query } from '@nestjs/cqrs';

import type { CommentView } from '../comment-view';

export interface GetCommentProps {
  readonly workspaceId: string;
  readonly taskId: string;
  readonly commentId: string;
}

export class GetCommentQuery extends Query<CommentView> {
  constructor(readonly props: GetCommentProps) {
    super();
  }
}
