import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { CommentDeletedV1 } from '../../contracts/comment-deleted.event';
import { assertMayDelete } from '../../domain/comment-rules';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { deleteComment, lockedCommentOf } from '../../persistence/comments.store';
import { DeleteCommentCommand } from './delete-comment.command';

@CommandHandler(DeleteCommentCommand)
export class DeleteCommentHandler implements ICommandHandler<DeleteCommentCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: DeleteCommentCommand): Promise<void> {
    const { workspaceId, actorId, actorRole, taskId, commentId } = props;
    await this.unitOfWork.run(actorId, async (manager) => {
      const { task, comment } = await lockedCommentOf(manager, workspaceId, taskId, commentId);
      assertMayDelete(comment, actorId, actorRole);
      assertProjectIsActive(task);
      await deleteComment(manager, comment.id);
      await this.outbox.publish(
        manager,
        new CommentDeletedV1(
          {
            commentId: comment.id,
            taskId: task.id,
            projectId: task.projectId,
            authorId: comment.authorId,
          },
          newEventMetadata(workspaceId, actorId),
        ),
      );
    });
  }
}
