import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';

import { useApiPrefix } from './app/api-prefix';
import { openApiDocument } from './app/openapi/openapi-document';
import { WebModule } from './app/web.module';
import { loadConfig } from './infrastructure/config/load-config';

/**
 * `npm run openapi`: writes the API's OpenAPI document to openapi.json (or the path given) from the
 * web module's decorators. Nest's preview mode builds the module graph without instantiating a
 * provider, so nothing connects to Postgres or Redis and no server starts: the stack need not run.
 */
async function writeOpenApi(target: string): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' });
  const app = await NestFactory.create(WebModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    useApiPrefix(app); // as configureHttpConventions does for the served app
    writeFileSync(target, `${JSON.stringify(openApiDocument(app), null, 2)}\n`);
  } finally {
    await app.close();
  }
}

writeOpenApi(resolve(process.argv[2] ?? 'openapi.json')).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
