import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { CreateTaskCommand } from '../application/create-task/create-task.command';
import { ListTasksQuery, type TaskPage } from '../application/list-tasks/list-tasks.query';
import type { TaskView } from '../application/task-view';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksDto } from './dto/list-tasks.dto';
import { setLocation } from './location';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** A project's tasks: creating one and paging through them. Single tasks: TasksController. */
@ApiTags('tasks')
@Controller('workspaces/:workspaceId/projects/:projectId/tasks')
export class ProjectTasksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Auth('member')
  @Idempotent()
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
    @Body() body: CreateTaskDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskView> {
    const task = await this.commands.execute(
      new CreateTaskCommand({
        workspaceId,
        actorId: actor.userId,
        projectId,
        title: body.title,
        description: body.description ?? null,
        assigneeId: body.assigneeId ?? null,
      }),
    );
    setLocation(reply, workspaceId, `tasks/${task.id}`);
    return task;
  }

  @Get()
  @Auth('viewer')
  list(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
    @Query() query: ListTasksDto,
  ): Promise<TaskPage> {
    const { status, assigneeId, limit, cursor } = query;
    return this.queries.execute(
      new ListTasksQuery({
        workspaceId,
        actorId: actor.userId,
        projectId,
        filter: { status, assigneeId },
        limit,
        cursor,
      }),
    );
  }
}
