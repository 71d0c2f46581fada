import { Module } from '@nestjs/common';

import { AnalyticsModule } from './analytics.module';
import { RecordActivityConsumer } from './consumers/record-activity.consumer';
import { RecordTaskFactsConsumer } from './consumers/record-task-facts.consumer';

/** Worker only: the consumers that feed the activity and task read models. */
@Module({
  imports: [AnalyticsModule],
  providers: [RecordActivityConsumer, RecordTaskFactsConsumer],
})
export class AnalyticsWorkerModule {}
