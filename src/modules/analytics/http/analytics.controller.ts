import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import type { ActivityReport } from '../application/get-activity/activity-report';
import { GetActivityQuery } from '../application/get-activity/get-activity.query';
import { GetReportQuery } from '../application/get-report/get-report.query';
import type { TaskReport } from '../application/get-report/report';
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
  activity(
    @UuidParam('workspaceId') workspaceId: string,
    @Query() window: ActivityWindowDto,
  ): Promise<ActivityReport> {
    return this.queries.execute(new GetActivityQuery({ workspaceId, days: window.days }));
  }

  /** Completions and cycle times from the task read model, read on a replica; `asOf` as above. */
  @Get('reports')
  @Auth('viewer')
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
