import { Query } from '@nestjs/cqrs';

import type { CommentPage } from '../comment-view';

export interface ListCommentsProps {
  readonly workspaceId: string;
  /** The signed-in user asking: the list shows their own writes (read-your-writes on the replicas). */
  readonly actorId: string;
  readonly taskId: string;
  readonly limit: number;
  /** A `nextCursor` from the previous page; undefined for the first page. */
  readonly cursor?: string;
}

export class ListCommentsQuery extends Query<CommentPage> {
  constructor(readonly props: ListCommentsProps) {
    super();
  }
}
