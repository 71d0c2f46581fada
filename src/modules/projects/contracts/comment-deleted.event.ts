import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface CommentDeletedPayload {
  commentId: string;
  taskId: string;
  projectId: string;
  authorId: string;
}

/** A comment was deleted, by its author or by an admin moderating (the envelope's actorId says who). */
export class CommentDeletedV1 extends IntegrationEvent<CommentDeletedPayload> {
  static readonly TYPE = 'projects.comment.deleted.v1';
  readonly type = CommentDeletedV1.TYPE;
}
