import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { AnalyticsModule } from './analytics.module';
import { GetActivityHandler } from './application/get-activity/get-activity.handler';
import { GetExportHandler } from './application/get-export/get-export.handler';
import { GetReportHandler } from './application/get-report/get-report.handler';
import { ListActivityLogHandler } from './application/list-activity-log/list-activity-log.handler';
import { ExportSlots } from './application/request-export/export-slots';
import { RequestExportHandler } from './application/request-export/request-export.handler';
import { ActivityLogController } from './http/activity-log.controller';
import { AnalyticsController } from './http/analytics.controller';
import { ExportsController } from './http/exports.controller';

@Module({
  imports: [AnalyticsModule],
  controllers: [AnalyticsController, ExportsController, ActivityLogController],
  providers: [
    ownedByModule('analytics'),
    GetActivityHandler,
    GetReportHandler,
    RequestExportHandler,
    ExportSlots,
    GetExportHandler,
    ListActivityLogHandler,
  ],
})
export class AnalyticsHttpModule {}
