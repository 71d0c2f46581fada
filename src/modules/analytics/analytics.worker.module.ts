import { Module } from '@nestjs/common';

import { AnalyticsModule } from './analytics.module';
import { RecordActivityConsumer } from './consumers/record-activity.consumer';
import { RecordTaskFactsConsumer } from './consumers/record-task-facts.consumer';
import { ExportReportProcessor } from './jobs/export-report.processor';

/** Worker only: the consumers that feed the activity and task read models; report exports. */
@Module({
  imports: [AnalyticsModule],
  providers: [RecordActivityConsumer, RecordTaskFactsConsumer, ExportReportProcessor],
})
export class AnalyticsWorkerModule {}
