import { Module } from '@nestjs/common';

import { AnalyticsModule } from './analytics.module';
import { GetActivityHandler } from './application/get-activity/get-activity.handler';
import { AnalyticsController } from './http/analytics.controller';

@Module({
  imports: [AnalyticsModule],
  controllers: [AnalyticsController],
  providers: [GetActivityHandler],
})
export class AnalyticsHttpModule {}
