import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { commentOf } from '../../persistence/comments.store';
import { commentViewOf, type CommentView } from '../comment-view';
import { GetCommentQuery } from './get-comment.query';

/** From the primary, as a single task is read: the Location of a new comment must find it. */
@QueryHandler(GetCommentQuery)
export class GetCommentHandler implements IQueryHandler<GetCommentQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({
    props: { workspaceId, taskId, commentId },
  }: GetCommentQuery): Promise<CommentView> {
    return commentViewOf(await commentOf(this.dataSource.manager, workspaceId, taskId, commentId));
  }
}
