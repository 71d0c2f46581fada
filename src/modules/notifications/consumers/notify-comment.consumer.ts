import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { CommentCreatedV1 } from '../../projects/contracts/comment-created.event';
import { CommentEditedV1 } from '../../projects/contracts/comment-edited.event';
import { InboxDelivery } from '../application/deliver-notification/inbox-delivery';
import { commentRecipients } from '../domain/comment-recipients';
import { excerptOf } from '../domain/inbox-subject';
import { DEFAULT_DELIVERIES } from '../domain/notification-kinds';
import { taskPartiesOf } from '../persistence/inbox-tasks.store';

type CommentEvent = CommentCreatedV1 | CommentEditedV1;

/**
 * `comment` and `mention`: a new comment tells the task's assignee and creator, and mentions each
 * mentioned member; an edit mentions only the newly mentioned. Never the author; one item per
 * user and comment (a mention wins; a user told of a comment is not told again by an edit).
 */
@EventConsumer({
  name: 'notifications.inbox-comments',
  events: [CommentCreatedV1, CommentEditedV1],
})
export class NotifyCommentConsumer implements AppliesEvents<CommentEvent> {
  constructor(private readonly inbox: InboxDelivery) {}

  async apply(event: CommentEvent, manager: EntityManager): Promise<void> {
    const { commentId, taskId, authorId, body } = event.payload;
    const task = await taskPartiesOf(manager, taskId);
    const created = event instanceof CommentCreatedV1;
    const recipients = commentRecipients({
      authorId,
      mentionedUserIds: created
        ? event.payload.mentionedUserIds
        : event.payload.newlyMentionedUserIds,
      taskParties: created ? [task.assigneeId, task.creatorId] : [],
    });
    const subject = { taskTitle: task.title, excerpt: excerptOf(body) };
    for (const { userId, kind } of recipients) {
      await this.inbox.deliver(manager, {
        userId,
        workspaceId: event.workspaceId,
        kind,
        defaultDelivery: DEFAULT_DELIVERIES[kind],
        taskId,
        commentId,
        actorId: authorId,
        subject,
      });
    }
  }
}
