import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { JobMetrics } from './job-metrics';
import { QueueConsumption } from './queue-consumption.service';

/** Worker only: runs and drains the processors the modules declare. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [QueueConsumption, JobMetrics],
  exports: [QueueConsumption],
})
export class QueueConsumptionModule {}
