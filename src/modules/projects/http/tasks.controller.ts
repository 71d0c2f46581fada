import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { AssignTaskCommand } from '../application/assign-task/assign-task.command';
import { CompleteTaskCommand } from '../application/complete-task/complete-task.command';
import { DeleteTaskCommand } from '../application/delete-task/delete-task.command';
import { GetTaskQuery } from '../application/get-task/get-task.query';
import { ReopenTaskCommand } from '../application/reopen-task/reopen-task.command';
import type { TaskView } from '../application/task-view';
import { UpdateTaskCommand } from '../application/update-task/update-task.command';
import { AssignTaskDto } from './dto/assign-task.dto';
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
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
  ): Promise<TaskView> {
    return this.queries.execute(new GetTaskQuery({ workspaceId, taskId }));
  }

  @Patch()
  @Auth('member')
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
  reopen(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
  ): Promise<TaskView> {
    return this.commands.execute(
      new ReopenTaskCommand({ workspaceId, actorId: actor.userId, taskId }),
    );
  }

  @Delete()
  @HttpCode(204)
  @Auth('member')
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
