import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

import { AppConfig } from '../infrastructure/config/app-config';
import { closeConnectionsWhileDraining } from './close-connections-while-draining';
import { configureHttpConventions } from './configure-http-conventions';
import { createFastifyAdapter } from './create-fastify-adapter';
import { mountAdminPages } from './mount-admin-pages';
import { WebModule } from './web.module';

/** Builds the web application, ready to listen (main.ts) or to be driven by tests. */
export async function createWebApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    WebModule.forRoot(config),
    createFastifyAdapter(config),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  configureHttpConventions(app);
  closeConnectionsWhileDraining(app);
  await mountAdminPages(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
