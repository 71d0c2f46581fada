import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { InvalidCursor } from '../../../../common/pagination/invalid-cursor.error';
import { decodeCursor } from '../../../../common/pagination/keyset-cursor';
import { pageOf } from '../../../../common/pagination/page';
import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { commentPageOf } from '../../persistence/comment-page.read';
import { commentViewOf, type CommentPage } from '../comment-view';
import { ListCommentsQuery } from './list-comments.query';

const LIST = 'comments';
// Positions are bigint identities; 18 digits stay far below 2^63 and need no range check.
const POSITION = /^\d{1,18}$/;

/** Keyset pagination on `position`, oldest first: a page starts strictly after the previous one. */
@QueryHandler(ListCommentsQuery)
export class ListCommentsHandler implements IQueryHandler<ListCommentsQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: ListCommentsQuery): Promise<CommentPage> {
    const { workspaceId, actorId, taskId, limit, cursor } = props;
    let after: string | undefined;
    if (cursor !== undefined) {
      const keys = decodeCursor(LIST, cursor, 1, (key) => key !== null && POSITION.test(key));
      if (keys === undefined) throw new InvalidCursor();
      after = keys[0] ?? undefined;
    }
    const rows = await this.reads.run({ actorId }, (manager) =>
      commentPageOf(manager, { workspaceId, taskId, after, take: limit + 1 }),
    );
    return pageOf(rows, limit, LIST, (row) => [row.position], commentViewOf);
  }
}
