import { Module } from '@nestjs/common';

import { AnalyticsModule } from './analytics.module';
import { GetActivityHandler } from './application/get-activity/get-activity.handler';
import { GetReportHandler } from './application/get-report/get-report.handler';
import { AnalyticsController } from './http/analytics.controller';

@Module({
  imports: [AnalyticsModule],
  controllers: [AnalyticsController],
  providers: [GetActivityHandler, GetReportHandler],
})
export class AnalyticsHttpModule {}
