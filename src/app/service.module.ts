import { DynamicModule, Module } from '@nestjs/common';

import { CorrelationModule } from '../common/correlation/correlation.module';
import { AppConfig } from '../infrastructure/config/app-config';
import type { ModuleName } from '../infrastructure/config/module-names';
import { EventsWorkerModule } from '../infrastructure/events/events.worker.module';
import { HealthModule } from '../infrastructure/observability/health/health.module';
import { QueueConsumptionModule } from '../infrastructure/queue/queue-consumption.module';
import { RateLimitModule } from '../infrastructure/rate-limit/rate-limit.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { DependencyGate } from './dependency-gate';
import { infrastructureImports } from './infrastructure-imports';
import { httpModulesOf } from './hosted-http-modules';
import { workerModulesOf } from './hosted-worker-modules';

/**
 * Root of a module run as its own service (src/services/): that one module's routes, consumers,
 * processors and schedules in one process, and nothing of the others. Its readiness is the
 * worker's (dependencies up, queues consumed), so the balancer sends it requests only once it
 * also applies events. What it still shares with the rest is listed in docs/SCALING.md.
 */
@Module({})
export class ServiceModule {
  static forRoot(config: AppConfig, hosted: ModuleName): DynamicModule {
    return {
      module: ServiceModule,
      imports: [
        ...infrastructureImports(config, {
          applicationName: `tenfold-${hosted}`,
          connectLater: true,
        }),
        CorrelationModule,
        RateLimitModule,
        QueueConsumptionModule,
        EventsWorkerModule,
        HealthModule.forWorker(),
        // Shared on purpose: sessions are identity's, read from Redis through this port.
        IdentityModule,
        ...httpModulesOf([hosted]),
        ...workerModulesOf([hosted]),
      ],
      providers: [DependencyGate],
    };
  }
}
