import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import { Auth } from '../../../common/auth/auth.decorator';
import type { ActivityReport } from '../application/get-activity/activity-report';
import { GetActivityQuery } from '../application/get-activity/get-activity.query';
import { ActivityWindowDto } from './dto/activity-window.dto';

@ApiTags('analytics')
@Controller('workspaces/:workspaceId/analytics')
export class AnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  /** Eventually consistent: built from events after they commit; `asOf` says how far it got. */
  @Get('activity')
  @Auth('viewer')
  activity(
    @Param('workspaceId', new ParseUUIDPipe()) workspaceId: string,
    @Query() window: ActivityWindowDto,
  ): Promise<ActivityReport> {
    return this.queries.execute(new GetActivityQuery(workspaceId, window.days));
  }
}
