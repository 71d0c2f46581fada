import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { CommentCreatedV1 } from '../../contracts/comment-created.event';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { commentedTaskOf, insertComment } from '../../persistence/comments.store';
import { commentViewOf, type CommentView } from '../comment-view';
import { mentionedUserIdsOf } from '../resolve-mentions';
import { CreateCommentCommand } from './create-comment.command';

@CommandHandler(CreateCommentCommand)
export class CreateCommentHandler implements ICommandHandler<CreateCommentCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: CreateCommentCommand): Promise<CommentView> {
    const { workspaceId, actorId, taskId, body } = props;
    return this.unitOfWork.run(actorId, async (manager) => {
      const task = await commentedTaskOf(manager, workspaceId, taskId);
      assertProjectIsActive(task);
      const mentionedUserIds = await mentionedUserIdsOf(manager, workspaceId, body);
      const comment = await insertComment(manager, {
        workspaceId,
        taskId: task.id, // the stored id, not the path's spelling of it
        authorId: actorId,
        body,
        mentionedUserIds,
      });
      await this.outbox.publish(
        manager,
        new CommentCreatedV1(
          {
            commentId: comment.id,
            taskId: task.id,
            projectId: task.projectId,
            authorId: actorId,
            body,
            mentionedUserIds,
          },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      return commentViewOf(comment);
    });
  }
}
