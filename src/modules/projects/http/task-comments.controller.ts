import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { roleIn } from '../../../common/auth/workspace-role';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { UuidParam } from '../../../common/http/uuid-param.decorator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CommentPage, CommentView } from '../application/comment-view';
import { CreateCommentCommand } from '../application/create-comment/create-comment.command';
import { DeleteCommentCommand } from '../application/delete-comment/delete-comment.command';
import { EditCommentCommand } from '../application/edit-comment/edit-comment.command';
import { GetCommentQuery } from '../application/get-comment/get-comment.query';
import { ListCommentsQuery } from '../application/list-comments/list-comments.query';
import { CommentBodyDto } from './dto/comment-body.dto';
import { COMMENT_LOCATION, setLocation } from './location';

/** A task's comments (docs/COMMENTS.md): members write, viewers read, authors edit their own. */
@ApiTags('comments')
@Controller('workspaces/:workspaceId/tasks/:taskId/comments')
export class TaskCommentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Auth('member')
  @Idempotent()
  @ApiOperation({
    operationId: 'createComment',
    summary: 'Comment on a task',
    description:
      'Mentions (`@email`, `@userId`) of members of the workspace are listed in ' +
      '`mentionedUserIds`; any other mention stays plain text.',
  })
  @ApiCreatedResponse({
    type: CommentView,
    description: 'The new comment',
    headers: { Location: COMMENT_LOCATION },
  })
  @ApiProblems({
    400: ['too-many-mentions'],
    404: ['task-not-found'],
    409: ['project-archived'],
  })
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Body() { body }: CommentBodyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommentView> {
    const comment = await this.commands.execute(
      new CreateCommentCommand({ workspaceId, actorId: actor.userId, taskId, body }),
    );
    setLocation(reply, workspaceId, `tasks/${comment.taskId}/comments/${comment.id}`);
    return comment;
  }

  @Get()
  @Auth('viewer')
  @ApiOperation({
    operationId: 'listComments',
    summary: "List a task's comments",
    description:
      'Oldest first, `limit` per page: pass the `nextCursor` of one page as `cursor` to get the ' +
      'next (null on the last page). Read from a replica, yet shows the caller’s own writes.',
  })
  @ApiOkResponse({ type: CommentPage, description: 'One page of comments' })
  @ApiProblems({ 400: ['invalid-cursor'], 404: ['task-not-found'] })
  list(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Query() { limit, cursor }: PageQueryDto,
  ): Promise<CommentPage> {
    return this.queries.execute(
      new ListCommentsQuery({ workspaceId, actorId: actor.userId, taskId, limit, cursor }),
    );
  }

  @Get(':commentId')
  @Auth('viewer')
  @ApiOperation({ operationId: 'getComment', summary: 'Get a comment' })
  @ApiOkResponse({ type: CommentView, description: 'The comment' })
  @ApiProblems({ 404: ['task-not-found', 'comment-not-found'] })
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('commentId') commentId: string,
  ): Promise<CommentView> {
    return this.queries.execute(new GetCommentQuery({ workspaceId, taskId, commentId }));
  }

  @Patch(':commentId')
  @Auth('member')
  @ApiOperation({
    operationId: 'editComment',
    summary: 'Edit your comment',
    description:
      'Only the author may. The same text again changes nothing (no `editedAt`, no event).',
  })
  @ApiOkResponse({ type: CommentView, description: 'The comment' })
  @ApiProblems({
    400: ['too-many-mentions'],
    403: ['not-comment-author'],
    404: ['task-not-found', 'comment-not-found'],
    409: ['project-archived'],
  })
  edit(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('commentId') commentId: string,
    @Body() { body }: CommentBodyDto,
  ): Promise<CommentView> {
    return this.commands.execute(
      new EditCommentCommand({ workspaceId, actorId: actor.userId, taskId, commentId, body }),
    );
  }

  @Delete(':commentId')
  @HttpCode(204)
  @Auth('member')
  @ApiOperation({
    operationId: 'deleteComment',
    summary: 'Delete a comment',
    description: 'The author deletes their own comment; admins and owners may delete any.',
  })
  @ApiNoContentResponse({ description: 'The comment is deleted' })
  @ApiProblems({
    403: ['not-comment-author'],
    404: ['task-not-found', 'comment-not-found'],
    409: ['project-archived'],
  })
  async remove(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('commentId') commentId: string,
  ): Promise<void> {
    // @Auth('member') has let the request through, so the session holds a role here.
    const actorRole = roleIn(actor.memberships, workspaceId)!;
    await this.commands.execute(
      new DeleteCommentCommand({
        workspaceId,
        actorId: actor.userId,
        actorRole,
        taskId,
        commentId,
      }),
    );
  }
}
