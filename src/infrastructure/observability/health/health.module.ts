import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { BreakersIndicator } from './breakers.indicator';
import { ObjectStorageIndicator } from './object-storage.indicator';
import { PrimaryDatabaseIndicator } from './primary-database.indicator';
import { ReadinessAudience } from './readiness-audience';
import { RedisIndicator } from './redis.indicator';
import { ReplicaDatabaseIndicator } from './replica-database.indicator';
import { ShutdownState } from './shutdown-state';
import { WebHealthController } from './web-health.controller';
import { WorkerHealthController } from './worker-health.controller';

const indicators = [
  PrimaryDatabaseIndicator,
  ReplicaDatabaseIndicator,
  RedisIndicator,
  BreakersIndicator,
];

@Global()
@Module({})
export class HealthModule {
  static forWeb(): DynamicModule {
    return HealthModule.with(WebHealthController, [ObjectStorageIndicator, ReadinessAudience]);
  }

  static forWorker(): DynamicModule {
    return HealthModule.with(WorkerHealthController, []);
  }

  private static with(controller: Type, extra: Type[]): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [controller],
      providers: [ShutdownState, ...indicators, ...extra],
      exports: [ShutdownState],
    };
  }
}
