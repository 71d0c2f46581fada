import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

import { ProblemDetailsFilter } from '../common/http/problem-details.filter';
import { AppConfig } from '../infrastructure/config/app-config';
import { createFastifyAdapter } from './create-fastify-adapter';
import { WorkerModule } from './worker.module';

/**
 * The worker's Nest app: processors plus a small HTTP port for /health/* and /metrics.
 * `extraImports` lets tests add consumers or processors of their own; production passes none.
 */
export async function createWorkerApp(
  config: AppConfig,
  extraImports: NonNullable<ModuleMetadata['imports']> = [],
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    WorkerModule.forRoot(config, extraImports),
    createFastifyAdapter(config),
    { bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  return app;
}
