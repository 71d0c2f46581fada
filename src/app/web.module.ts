import { DynamicModule, Module } from '@nestjs/common';

import { AdminModule } from '../common/admin/admin.module';
import { CorrelationModule } from '../common/correlation/correlation.module';
import { AppConfig } from '../infrastructure/config/app-config';
import { HealthModule } from '../infrastructure/observability/health/health.module';
import { JobStatusModule } from '../infrastructure/queue/job-status/job-status.module';
import { RateLimitModule } from '../infrastructure/rate-limit/rate-limit.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { infrastructureImports } from './infrastructure-imports';
import { httpModulesOf } from './hosted-http-modules';

/**
 * Root of the web process: the public API of the hosted modules (HOSTED_MODULES), the job status
 * API and admin pages. No processors, consumers or relay.
 */
@Module({})
export class WebModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WebModule,
      imports: [
        ...infrastructureImports(config, { applicationName: 'tenfold-web', connectLater: false }),
        CorrelationModule,
        RateLimitModule,
        AdminModule,
        HealthModule.forWeb(),
        // Every route's guard reads sessions through identity's SessionReader, hosted or not.
        IdentityModule,
        ...httpModulesOf(config.hostedModules),
        JobStatusModule,
      ],
    };
  }
}
