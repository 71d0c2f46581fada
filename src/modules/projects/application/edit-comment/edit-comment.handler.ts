import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { CommentEditedV1 } from '../../contracts/comment-edited.event';
import { assertMayEdit, editComment } from '../../domain/comment-rules';
import { assertProjectIsActive } from '../../domain/project-transitions';
import { lockedCommentOf, writeCommentText } from '../../persistence/comments.store';
import { commentViewOf, type CommentView } from '../comment-view';
import { mentionedUserIdsOf } from '../resolve-mentions';
import { EditCommentCommand } from './edit-comment.command';

@CommandHandler(EditCommentCommand)
export class EditCommentHandler implements ICommandHandler<EditCommentCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: EditCommentCommand): Promise<CommentView> {
    const { workspaceId, actorId, taskId, commentId, body } = props;
    return this.unitOfWork.run(actorId, async (manager) => {
      const { task, comment } = await lockedCommentOf(manager, workspaceId, taskId, commentId);
      assertMayEdit(comment, actorId);
      assertProjectIsActive(task);
      const mentionedUserIds = await mentionedUserIdsOf(manager, workspaceId, body);
      const edit = editComment(comment, task.projectId, { body, mentionedUserIds }, new Date());
      if (edit.kind === 'unchanged') return commentViewOf(comment);
      const saved = await writeCommentText(manager, comment.id, edit.changes);
      await this.outbox.publish(
        manager,
        new CommentEditedV1(edit.eventPayload, newEventMetadata(workspaceId, actorId)),
      );
      return commentViewOf(saved);
    });
  }
}
