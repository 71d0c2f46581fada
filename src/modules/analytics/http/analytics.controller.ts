import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ActivityReport } from '../application/get-activity/activity-report';
import { GetActivityQuery } from '../application/get-activity/get-activity.query';
import { GetReportQuery } from '../application/get-report/get-report.query';
import { TaskReport } from '../application/get-report/report';
import { ActivityWindowDto } from './dto/activity-window.dto';
import { ReportWindowDto } from './dto/report-window.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

@ApiTags('analytics')
@Controller('workspaces/:workspaceId/analytics')
export class AnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  /** Eventually consistent: built from events after they commit; `asOf` says how far it got. */
  @Get('activity')
  @Auth('viewer')
  @ApiOperation({
    operationId: 'getWorkspaceActivity',
    summary: "Get the workspace's activity counts",
    description:
      'Viewer and up. Counts per day and project over the last `days` UTC days, today included. ' +
      'Eventually consistent: built from events after they commit; `asOf` says how far it got.',
  })
  @ApiOkResponse({ type: ActivityReport })
  activity(
    @UuidParam('workspaceId') workspaceId: string,
    @Query() window: ActivityWindowDto,
  ): Promise<ActivityReport> {
    return this.queries.execute(new GetActivityQuery({ workspaceId, days: window.days }));
  }

  /** Completions and cycle times from the task read model, read on a replica; `asOf` as above. */
  @Get('reports')
  @Auth('viewer')
  @ApiOperation({
    operationId: 'getTaskReport',
    summary: 'Get the task completion report',
    description:
      'Viewer and up. Completions and cycle times over the last `days` UTC days, in total and ' +
      "by day, project and assignee. Read on a replica that has the caller's own writes " +
      '(read-your-writes); `asOf` says how far the read model got.',
  })
  @ApiOkResponse({ type: TaskReport })
  report(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Query() window: ReportWindowDto,
  ): Promise<TaskReport> {
    return this.queries.execute(
      new GetReportQuery({ workspaceId, actorId: actor.userId, days: window.days }),
    );
  }
}
