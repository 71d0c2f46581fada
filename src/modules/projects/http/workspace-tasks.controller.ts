import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { UuidParam } from '../../../common/http/uuid-param.decorator';
import { Paged } from '../../../common/pagination/paged.decorator';
import {
  ListWorkspaceTasksQuery,
  WorkspaceTaskPage,
} from '../application/list-workspace-tasks/list-workspace-tasks.query';
import { priorityRank } from '../domain/task-priority';
import { ListWorkspaceTasksDto } from './dto/list-workspace-tasks.dto';

/** The workspace's tasks across its projects: filters, sorts and search (docs/API.md, "Task views"). */
@ApiTags('tasks')
@Controller('workspaces/:workspaceId/tasks')
export class WorkspaceTasksController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Auth('viewer')
  @ApiOperation({
    operationId: 'listWorkspaceTasks',
    summary: "List and search the workspace's tasks",
    description:
      'Tasks of every project of the workspace (archived projects only with ' +
      '`includeArchived=true`), filtered, sorted by `sort`, `limit` per page: pass the ' +
      '`nextCursor` of one page as `cursor` with the same `sort` (and `q`) to get the next; a ' +
      'cursor of another sort or search is 400 `invalid-cursor`. With `q`, a full-text search ' +
      'in titles, descriptions and comments, best match first. A task whose sort key changes ' +
      'between two pages moves in the order: it may be seen twice or not at all in that walk. ' +
      "Read from a replica, yet shows the caller's own writes (read-your-writes).",
  })
  @ApiOkResponse({
    type: WorkspaceTaskPage,
    description: 'One page of tasks',
    headers: { Link: nextPageLinkHeader() },
  })
  @ApiProblems({ 400: ['invalid-cursor'] })
  @Paged('page')
  list(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Query() query: ListWorkspaceTasksDto,
  ): Promise<WorkspaceTaskPage> {
    const { assigneeId, limit, cursor, sort } = query;
    return this.queries.execute(
      new ListWorkspaceTasksQuery({
        actorId: actor.userId,
        filter: {
          workspaceId,
          assigneeId: assigneeId === 'me' ? actor.userId : assigneeId?.toLowerCase(),
          unassigned: query.unassigned === 'true',
          status: query.status,
          projectId: query.projectId?.toLowerCase(),
          labelId: query.labelId?.toLowerCase(),
          dueBefore: query.dueBefore === undefined ? undefined : new Date(query.dueBefore),
          dueAfter: query.dueAfter === undefined ? undefined : new Date(query.dueAfter),
          overdue: query.overdue === 'true',
          priority: query.priority === undefined ? undefined : priorityRank(query.priority),
          includeArchived: query.includeArchived,
          q: query.q,
        },
        sort,
        limit,
        cursor,
      }),
    );
  }
}
