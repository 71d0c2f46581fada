import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

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
  @ApiOkResponse({ type: TaskView, description: 'The task' })
  @ApiProblems({ 404: ['task-not-found'] })
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
  ): Promise<TaskView> {
    return this.queries.execute(new GetTaskQuery({ workspaceId, taskId }));
  }

  @Patch()
  @Auth('member')
  @ApiOperation({
    operationId: 'updateTask',
    summary: "Change a task's title or description",
    description: 'Only the fields sent change; `description: null` clears the description.',
  })
  @ApiOkResponse({ type: TaskView, description: 'The task' })
  @ApiProblems({ 404: ['task-not-found'], 409: ['project-archived'] })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Body() body: UpdateTaskDto,
  ): Promise<TaskView> {
    const { title, description } = body;
    return this.commands.execute(
      new UpdateTaskCommand({
        workspaceId,
        actorId: actor.userId,
        taskId,
        changes: { title, description },
      }),
    );
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
