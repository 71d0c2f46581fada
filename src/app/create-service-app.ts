import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

import { AppConfig } from '../infrastructure/config/app-config';
import type { ModuleName } from '../infrastructure/config/module-names';
import { closeConnectionsWhileDraining } from './close-connections-while-draining';
import { configureHttpConventions } from './configure-http-conventions';
import { createFastifyAdapter } from './create-fastify-adapter';
import { ServiceModule } from './service.module';

/** Builds one module's service app (service.module.ts) with the web's HTTP conventions. */
export async function createServiceApp(
  config: AppConfig,
  hosted: ModuleName,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    ServiceModule.forRoot(config, hosted),
    createFastifyAdapter(config),
    { bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(Logger));
  configureHttpConventions(app);
  closeConnectionsWhileDraining(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
