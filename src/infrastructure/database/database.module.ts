import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

export interface DatabaseModuleOptions {
  /** application_name seen in pg_stat_activity. */
  applicationName: string;
  /**
   * The worker connects later, once Postgres answers (see DependencyGate), so that its health port
   * is up while it waits; the web process connects at start and fails fast.
   */
  connectLater: boolean;
}

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
    };
  }
}
