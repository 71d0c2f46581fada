import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { Paged } from '../../../common/pagination/paged.decorator';
import { CreateTaskCommand } from '../application/create-task/create-task.command';
import { ListTasksQuery, TaskPage } from '../application/list-tasks/list-tasks.query';
import { TaskView } from '../application/task-view';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksDto } from './dto/list-tasks.dto';
import { setLocation, TASK_LOCATION } from './location';
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
  @ApiOperation({ operationId: 'createTask', summary: 'Create a task in a project' })
  @ApiCreatedResponse({
    type: TaskView,
    description: 'The new task, open',
    headers: { Location: TASK_LOCATION },
  })
  @ApiProblems({
    400: [
      'assignee-not-a-member',
      'unknown-label',
      'due-time-zone-required',
      'due-time-zone-without-due-at',
      'start-after-due',
    ],
    404: ['project-not-found'],
    409: ['project-archived'],
  })
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
        fields: {
          dueAt: body.dueAt,
          dueTimeZone: body.dueTimeZone,
          startOn: body.startOn,
          priority: body.priority,
          labelIds: body.labelIds,
        },
      }),
    );
    setLocation(reply, workspaceId, `tasks/${task.id}`);
    return task;
  }

  @Get()
  @Auth('viewer')
  @ApiOperation({
    operationId: 'listTasks',
    summary: "List a project's tasks",
    description:
      'In creation order, `limit` per page: pass the `nextCursor` of one page as `cursor` to get ' +
      'the next (null on the last page). Pages stay stable while tasks are added or deleted. ' +
      "Read from a replica, yet shows the caller's own writes (read-your-writes).",
  })
  @ApiOkResponse({
    type: TaskPage,
    description: 'One page of tasks',
    headers: { Link: nextPageLinkHeader() },
  })
  @ApiProblems({ 404: ['project-not-found'] })
  @Paged('page')
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
