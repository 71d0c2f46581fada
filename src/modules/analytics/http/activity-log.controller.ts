import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { UuidParam } from '../../../common/http/uuid-param.decorator';
import { ActivityLogPage } from '../application/list-activity-log/activity-log-view';
import { ListActivityLogQuery } from '../application/list-activity-log/list-activity-log.query';
import { ActivityLogQueryDto } from './dto/activity-log-query.dto';

/**
 * The workspace's activity log (docs/ANALYTICS.md, "Activity log"). Under …/analytics/ like every
 * route of the module, next to …/analytics/activity (the counts the same events feed).
 */
@ApiTags('analytics')
@Controller('workspaces/:workspaceId/analytics/activity-log')
export class ActivityLogController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Auth('viewer')
  @ApiOperation({
    operationId: 'listActivityLog',
    summary: "List the workspace's activity log",
    description:
      'Viewer and up. Who did what, when: one entry per event, newest first, cursor-paged ' +
      '(`?limit=&cursor=`). Filters by actor, project, task and a half-open time window ' +
      '(`after` ≤ occurredAt < `before`). Eventually consistent (built from events after they ' +
      "commit); read on a replica that has the caller's own writes. Entries are kept for " +
      'ACTIVITY_LOG_RETENTION_DAYS.',
  })
  @ApiOkResponse({ type: ActivityLogPage })
  @ApiProblems({ 400: ['invalid-cursor'] })
  list(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Query() query: ActivityLogQueryDto,
  ): Promise<ActivityLogPage> {
    const { limit, cursor, actorId, projectId, taskId, before, after } = query;
    return this.queries.execute(
      new ListActivityLogQuery({
        workspaceId,
        actorId: actor.userId,
        filter: { actorId, projectId, taskId, before, after },
        limit,
        cursor,
      }),
    );
  }
}
