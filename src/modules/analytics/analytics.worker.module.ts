import { Module } from '@nestjs/common';

import { AnalyticsModule } from './analytics.module';
import { RecordActivityLogConsumer } from './consumers/record-activity-log.consumer';
import { RecordActivityConsumer } from './consumers/record-activity.consumer';
import { RecordTaskFactsConsumer } from './consumers/record-task-facts.consumer';
import { ActivityLogPruning } from './jobs/activity-log-pruning';
import { ActivityLogPruningSchedule } from './jobs/activity-log-pruning.schedule';
import { ExportReportProcessor } from './jobs/export-report.processor';

/**
 * Worker only: the consumers that feed the activity and task read models and the activity log;
 * report exports and the activity log's retention (reports queue).
 */
@Module({
  imports: [AnalyticsModule],
  providers: [
    RecordActivityConsumer,
    RecordTaskFactsConsumer,
    ExportReportProcessor,
    RecordActivityLogConsumer,
    ActivityLogPruning,
    ActivityLogPruningSchedule,
  ],
})
export class AnalyticsWorkerModule {}
