import { DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';

import { AppConfig } from '../infrastructure/config/app-config';
import { EventsWorkerModule } from '../infrastructure/events/events.worker.module';
import { MailWorkerModule } from '../infrastructure/mail/mail.worker.module';
import { HealthModule } from '../infrastructure/observability/health/health.module';
import { QueueConsumptionModule } from '../infrastructure/queue/queue-consumption.module';
import { DependencyGate } from './dependency-gate';
import { infrastructureImports } from './infrastructure-imports';
import { workerModulesOf } from './hosted-worker-modules';

/**
 * Root of the worker process: the outbox relay, mail delivery, and the processors and event
 * consumers of the hosted modules (HOSTED_MODULES).
 */
@Module({})
export class WorkerModule {
  static forRoot(
    config: AppConfig,
    extraImports: NonNullable<ModuleMetadata['imports']> = [],
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...infrastructureImports(config, { applicationName: 'tenfold-worker', connectLater: true }),
        QueueConsumptionModule,
        EventsWorkerModule,
        HealthModule.forWorker(),
        MailWorkerModule,
        ...workerModulesOf(config.hostedModules),
        ...extraImports,
      ],
      providers: [DependencyGate],
    };
  }
}
