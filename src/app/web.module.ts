import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

import { AdminModule } from '../common/admin/admin.module';
import { CorrelationModule } from '../common/correlation/correlation.module';
import { AppConfig } from '../infrastructure/config/app-config';
import { ConfigModule } from '../infrastructure/config/config.module';
import { DatabaseModule } from '../infrastructure/database/database.module';
import { EventsModule } from '../infrastructure/events/events.module';
import { MailModule } from '../infrastructure/mail/mail.module';
import { HealthModule } from '../infrastructure/observability/health/health.module';
import { LoggingModule } from '../infrastructure/observability/logging/logging.module';
import { MetricsModule } from '../infrastructure/observability/metrics/metrics.module';
import { JobStatusModule } from '../infrastructure/queue/job-status/job-status.module';
import { QueueModule } from '../infrastructure/queue/queue.module';
import { RateLimitModule } from '../infrastructure/rate-limit/rate-limit.module';
import { RedisModule } from '../infrastructure/redis/redis.module';
import { ResilienceModule } from '../infrastructure/resilience/resilience.module';
import { SecretsModule } from '../infrastructure/secrets/secrets.module';
import { StorageModule } from '../infrastructure/storage/storage.module';
import { AnalyticsHttpModule } from '../modules/analytics/analytics.http.module';
import { BillingHttpModule } from '../modules/billing/billing.http.module';
import { IdentityHttpModule } from '../modules/identity/identity.http.module';
import { MediaHttpModule } from '../modules/media/media.http.module';
import { NotificationsHttpModule } from '../modules/notifications/notifications.http.module';
import { OnboardingHttpModule } from '../modules/onboarding/onboarding.http.module';
import { ProjectsHttpModule } from '../modules/projects/projects.http.module';
import { SystemHttpModule } from '../modules/system/system.http.module';
import { WebhooksHttpModule } from '../modules/webhooks/webhooks.http.module';

/** Root of the web process: the public API and admin pages. No processors, consumers or relay. */
@Module({})
export class WebModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WebModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        CorrelationModule,
        MetricsModule,
        DatabaseModule.forRoot({ applicationName: 'tenfold-web', connectLater: false }),
        RedisModule,
        RateLimitModule,
        QueueModule,
        StorageModule,
        SecretsModule,
        MailModule,
        EventsModule,
        ResilienceModule,
        CqrsModule.forRoot(),
        AdminModule,
        HealthModule.forWeb(),
        SystemHttpModule,
        IdentityHttpModule,
        AnalyticsHttpModule,
        ProjectsHttpModule,
        BillingHttpModule,
        NotificationsHttpModule,
        OnboardingHttpModule,
        WebhooksHttpModule,
        MediaHttpModule,
        JobStatusModule,
      ],
    };
  }
}
