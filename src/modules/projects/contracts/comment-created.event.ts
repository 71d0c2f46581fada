import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface CommentCreatedPayload {
  commentId: string;
  taskId: string;
  projectId: string;
  authorId: string;
  /** Markdown as written (capped by the comment size limit). */
  body: string;
  /** Members mentioned (`@email` or `@userId` resolved to members of the workspace), no duplicates. */
  mentionedUserIds: string[];
}

/** A comment was added to a task. */
export class CommentCreatedV1 extends IntegrationEvent<CommentCreatedPayload> {
  static readonly TYPE = 'projects.comment.created.v1';
  readonly type = CommentCreatedV1.TYPE;
}
