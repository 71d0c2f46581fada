import { DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

import { AppConfig } from '../infrastructure/config/app-config';
import { ConfigModule } from '../infrastructure/config/config.module';
import { DatabaseModule } from '../infrastructure/database/database.module';
import { EventsModule } from '../infrastructure/events/events.module';
import { EventsWorkerModule } from '../infrastructure/events/events.worker.module';
import { MailModule } from '../infrastructure/mail/mail.module';
import { MailWorkerModule } from '../infrastructure/mail/mail.worker.module';
import { HealthModule } from '../infrastructure/observability/health/health.module';
import { LoggingModule } from '../infrastructure/observability/logging/logging.module';
import { MetricsModule } from '../infrastructure/observability/metrics/metrics.module';
import { QueueConsumptionModule } from '../infrastructure/queue/queue-consumption.module';
import { QueueModule } from '../infrastructure/queue/queue.module';
import { RedisModule } from '../infrastructure/redis/redis.module';
import { ResilienceModule } from '../infrastructure/resilience/resilience.module';
import { SecretsModule } from '../infrastructure/secrets/secrets.module';
import { StorageModule } from '../infrastructure/storage/storage.module';
import { AnalyticsWorkerModule } from '../modules/analytics/analytics.worker.module';
import { MediaWorkerModule } from '../modules/media/media.worker.module';
import { NotificationsWorkerModule } from '../modules/notifications/notifications.worker.module';
import { OnboardingWorkerModule } from '../modules/onboarding/onboarding.worker.module';
import { ProjectsWorkerModule } from '../modules/projects/projects.worker.module';
import { SystemWorkerModule } from '../modules/system/system.worker.module';
import { WebhooksWorkerModule } from '../modules/webhooks/webhooks.worker.module';
import { DependencyGate } from './dependency-gate';

/** Root of the worker process: processors, the outbox relay and event consumers. */
@Module({})
export class WorkerModule {
  static forRoot(
    config: AppConfig,
    extraImports: NonNullable<ModuleMetadata['imports']> = [],
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        MetricsModule,
        DatabaseModule.forRoot({ applicationName: 'tenfold-worker', connectLater: true }),
        RedisModule,
        QueueModule,
        MailModule,
        EventsModule,
        ResilienceModule,
        StorageModule,
        SecretsModule,
        CqrsModule.forRoot(),
        QueueConsumptionModule,
        EventsWorkerModule,
        HealthModule.forWorker(),
        SystemWorkerModule,
        AnalyticsWorkerModule,
        MailWorkerModule,
        ProjectsWorkerModule,
        NotificationsWorkerModule,
        OnboardingWorkerModule,
        WebhooksWorkerModule,
        MediaWorkerModule,
        ...extraImports,
      ],
      providers: [DependencyGate],
    };
  }
}
