import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { DATABASE_APPLICATION_NAME } from './database.tokens';
import { ModuleScopeInterceptor } from './module-roles/module-scope.interceptor';
import { ReplicaMonitor } from './replica-monitor';
import { ReplicaReads } from './replica-reads';
import { UnitOfWork } from './unit-of-work';
import { WritePositions } from './write-positions';

export interface DatabaseModuleOptions {
  /** application_name seen in pg_stat_activity. */
  applicationName: string;
  /**
   * The worker connects later, once Postgres answers (see DependencyGate), so that its health port
   * is up while it waits; the web process connects at start and fails fast.
   */
  connectLater: boolean;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...buildDataSourceOptions(config, options.applicationName),
            manualInitialization: options.connectLater,
            retryAttempts: 3,
            retryDelay: 1_000,
          }),
        }),
      ],
      providers: [
        { provide: DATABASE_APPLICATION_NAME, useValue: options.applicationName },
        WritePositions,
        ReplicaMonitor,
        UnitOfWork,
        ReplicaReads,
        // Every process that serves routes runs each module's SQL under its role.
        { provide: APP_INTERCEPTOR, useClass: ModuleScopeInterceptor },
      ],
      exports: [UnitOfWork, ReplicaReads, ReplicaMonitor, WritePositions],
    };
  }
}
