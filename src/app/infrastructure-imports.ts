import type { ModuleMetadata } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

import { AppConfig } from '../infrastructure/config/app-config';
import { ConfigModule } from '../infrastructure/config/config.module';
import {
  DatabaseModule,
  type DatabaseModuleOptions,
} from '../infrastructure/database/database.module';
import { EventsModule } from '../infrastructure/events/events.module';
import { MailModule } from '../infrastructure/mail/mail.module';
import { LoggingModule } from '../infrastructure/observability/logging/logging.module';
import { MetricsModule } from '../infrastructure/observability/metrics/metrics.module';
import { QueueModule } from '../infrastructure/queue/queue.module';
import { RedisModule } from '../infrastructure/redis/redis.module';
import { ResilienceModule } from '../infrastructure/resilience/resilience.module';
import { SecretsModule } from '../infrastructure/secrets/secrets.module';
import { StorageModule } from '../infrastructure/storage/storage.module';

/**
 * The adapters every process needs, whatever modules it hosts: configuration, logs and metrics,
 * Postgres (under the process's application name), Redis, queues to enqueue on, object storage,
 * sealed secrets, outgoing mail, the outbox, breakers and the command bus.
 */
export function infrastructureImports(
  config: AppConfig,
  database: DatabaseModuleOptions,
): NonNullable<ModuleMetadata['imports']> {
  return [
    ConfigModule.forRoot(config),
    LoggingModule,
    MetricsModule,
    DatabaseModule.forRoot(database),
    RedisModule,
    QueueModule,
    StorageModule,
    SecretsModule,
    MailModule,
    EventsModule,
    ResilienceModule,
    CqrsModule.forRoot(),
  ];
}
