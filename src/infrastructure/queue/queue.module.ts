import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { bullMqTelemetry } from '../observability/tracing/bullmq-telemetry';
import { tracingStarted } from '../observability/tracing/tracing-state';
import { redisConnectionOptions } from '../redis/redis-connection-options';
import { QUEUE_CATALOGUE } from './queue-catalogue';
import { QueueErrorLogging } from './queue-error-logging';
import { QueueMetrics } from './queue-metrics';
import { QUEUE_NAMES } from './queue-names';

const queueRegistrations = BullModule.registerQueue(
  ...QUEUE_NAMES.map((name) => ({ name, defaultJobOptions: QUEUE_CATALOGUE[name].jobDefaults })),
);

/** Root BullMQ settings and every queue, for producers in both processes. Processors live in modules. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisConnectionOptions(config, 'bullmq'),
        prefix: `${config.redis.keyPrefix}:bull`,
        // Queues and workers both read it: jobs carry the trace context of whoever enqueued them.
        ...(tracingStarted() ? { telemetry: bullMqTelemetry() } : {}),
      }),
    }),
    queueRegistrations,
  ],
  providers: [QueueErrorLogging, QueueMetrics],
  exports: [queueRegistrations],
})
export class QueueModule {}
