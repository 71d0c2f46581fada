import { Module } from '@nestjs/common';

import { AnalyticsModule } from './analytics.module';
import { RecordActivityConsumer } from './consumers/record-activity.consumer';

/** Worker only: the consumer that feeds the activity read model. */
@Module({
  imports: [AnalyticsModule],
  providers: [RecordActivityConsumer],
})
export class AnalyticsWorkerModule {}
