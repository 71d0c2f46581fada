import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Patch,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { AssignTaskCommand } from '../application/assign-task/assign-task.command';
import { CompleteTaskCommand } from '../application/complete-task/complete-task.command';
import { DeleteTaskCommand } from '../application/delete-task/delete-task.command';
import { GetTaskQuery } from '../application/get-task/get-task.query';
import { MoveTaskCommand } from '../application/move-task/move-task.command';
import { ReopenTaskCommand } from '../application/reopen-task/reopen-task.command';
import { TaskView } from '../application/task-view';
import { UpdateTaskCommand } from '../application/update-task/update-task.command';
import { AssignTaskDto } from './dto/assign-task.dto';
import { MoveTaskDto } from './dto/move-task.dto';
import { UpdateTaskDto } from './dto/update-task.dto';
import { ApiIfMatch, ETAG_HEADER, preconditionOf, setEntityTag } from './entity-tag';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** Single tasks, addressed by id within the workspace (whatever project they belong to). */
@ApiTags('tasks')
@Controller('workspaces/:workspaceId/tasks/:taskId')
export class TasksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Auth('viewer')
  @ApiOperation({ operationId: 'getTask', summary: 'Get a task' })
  @ApiOkResponse({ type: TaskView, description: 'The task', headers: ETAG_HEADER })
  @ApiProblems({ 404: ['task-not-found'] })
  async get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskView> {
    const task = await this.queries.execute(new GetTaskQuery({ workspaceId, taskId }));
    setEntityTag(reply, task.version);
    return task;
  }

  @Patch()
  @Auth('member')
  @ApiOperation({
    operationId: 'updateTask',
    summary: "Change a task's title, description, dates, priority or labels",
    description:
      'Only the fields sent change; null clears a nullable field (clearing `dueAt` clears ' +
      '`dueTimeZone` too). A real change publishes `projects.task.updated.v1` with the changed ' +
      'fields only. With `If-Match`, a task changed since that version is left alone (412).',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: TaskView, description: 'The task', headers: ETAG_HEADER })
  @ApiProblems({
    400: [
      'unknown-label',
      'due-time-zone-required',
      'due-time-zone-without-due-at',
      'start-after-due',
    ],
    404: ['task-not-found'],
    409: ['project-archived'],
    412: ['precondition-failed'],
  })
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Body() body: UpdateTaskDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskView> {
    const { title, description, dueAt, dueTimeZone, startOn, priority, labelIds } = body;
    const task = await this.commands.execute(
      new UpdateTaskCommand({
        workspaceId,
        actorId: actor.userId,
        taskId,
        changes: { title, description, dueAt, dueTimeZone, startOn, priority, labelIds },
        precondition: preconditionOf(ifMatch),
      }),
    );
    setEntityTag(reply, task.version);
    return task;
  }

  @Put('assignee')
  @Auth('member')
  @ApiOperation({
    operationId: 'assignTask',
    summary: 'Assign a task to a member, or unassign it',
    description:
      '`assigneeId: null` unassigns. Sending the current assignee again changes nothing (and ' +
      'checks no membership).',
  })
  @ApiOkResponse({ type: TaskView, description: 'The task' })
  @ApiProblems({
    400: ['assignee-not-a-member'],
    404: ['task-not-found'],
    409: ['project-archived'],
  })
  assign(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Body() body: AssignTaskDto,
  ): Promise<TaskView> {
    return this.commands.execute(
      new AssignTaskCommand({
        workspaceId,
        actorId: actor.userId,
        taskId,
        assigneeId: body.assigneeId,
      }),
    );
  }

  @Post('complete')
  @HttpCode(200)
  @Auth('member')
  @ApiOperation({
    operationId: 'completeTask',
    summary: 'Complete a task',
    description: 'Completing a done task changes nothing and keeps its first `completedAt`.',
  })
  @ApiOkResponse({ type: TaskView, description: 'The task' })
  @ApiProblems({ 404: ['task-not-found'], 409: ['project-archived'] })
  complete(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
  ): Promise<TaskView> {
    return this.commands.execute(
      new CompleteTaskCommand({ workspaceId, actorId: actor.userId, taskId }),
    );
  }

  @Post('reopen')
  @HttpCode(200)
  @Auth('member')
  @ApiOperation({
    operationId: 'reopenTask',
    summary: 'Reopen a done task',
    description:
      'The task is open again, without `completedAt`; reopening an open task changes nothing.',
  })
  @ApiOkResponse({ type: TaskView, description: 'The task' })
  @ApiProblems({ 404: ['task-not-found'], 409: ['project-archived'] })
  reopen(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
  ): Promise<TaskView> {
    return this.commands.execute(
      new ReopenTaskCommand({ workspaceId, actorId: actor.userId, taskId }),
    );
  }

  @Post('move')
  @HttpCode(200)
  @Auth('member')
  @ApiOperation({
    operationId: 'moveTask',
    summary: 'Move a task to another project of the workspace',
    description:
      "The task keeps its id, status and assignee and comes last in the target project's list. " +
      'Both projects must be active (`409 project-archived`); moving a task to its own project ' +
      'changes nothing.',
  })
  @ApiOkResponse({ type: TaskView, description: 'The task, in its new project' })
  @ApiProblems({ 404: ['task-not-found', 'project-not-found'], 409: ['project-archived'] })
  move(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Body() body: MoveTaskDto,
  ): Promise<TaskView> {
    return this.commands.execute(
      new MoveTaskCommand({
        workspaceId,
        actorId: actor.userId,
        taskId,
        toProjectId: body.projectId,
      }),
    );
  }

  @Delete()
  @HttpCode(204)
  @Auth('member')
  @ApiOperation({ operationId: 'deleteTask', summary: 'Delete a task' })
  @ApiNoContentResponse({ description: 'The task is deleted' })
  @ApiProblems({ 404: ['task-not-found'], 409: ['project-archived'] })
  async remove(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
  ): Promise<void> {
    await this.commands.execute(
      new DeleteTaskCommand({ workspaceId, actorId: actor.userId, taskId }),
    );
  }
}
