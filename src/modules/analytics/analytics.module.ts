import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityFactEntity } from './persistence/activity-fact.entity';
import { ActivityLogEntryEntity } from './persistence/activity-log-entry.entity';
import { DailyCounterEntity } from './persistence/daily-counter.entity';
import { ReportExportEntity } from './persistence/report-export.entity';
import { TaskFactEntity } from './persistence/task-fact.entity';

/** Providers both processes share: the module's schema (`analytics`). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ActivityFactEntity,
      DailyCounterEntity,
      TaskFactEntity,
      ReportExportEntity,
      ActivityLogEntryEntity,
    ]),
  ],
  exports: [TypeOrmModule],
})
export class AnalyticsModule {}
