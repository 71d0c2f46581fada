import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface CommentEditedPayload {
  commentId: string;
  taskId: string;
  projectId: string;
  authorId: string;
  body: string;
  mentionedUserIds: string[];
  /** Mentioned now but not before the edit: only these are notified again. */
  newlyMentionedUserIds: string[];
}

/** A comment's text changed (published only when it really changed). */
export class CommentEditedV1 extends IntegrationEvent<CommentEditedPayload> {
  static readonly TYPE = 'projects.comment.edited.v1';
  readonly type = CommentEditedV1.TYPE;
}
