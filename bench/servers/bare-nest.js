'use strict';

// The framework floor: a bare NestJS application on Fastify with the same global prefix as tenfold
// and nothing else (no logger, pipes, guards, interceptors, hooks). One controller answers
// GET /health/live with tenfold's body. Plain JS: decorators are applied as functions, so the
// bench needs no build step of its own. Port from HTTP_PORT (set by the harness).
require('reflect-metadata');
const { Controller, Get, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');

class HealthController {
  live() {
    return { status: 'ok' };
  }
}
Controller('health')(HealthController);
const live = Object.getOwnPropertyDescriptor(HealthController.prototype, 'live');
Get('live')(HealthController.prototype, 'live', live);

class AppModule {}
Module({ controllers: [HealthController] })(AppModule);

async function main() {
  const app = await NestFactory.create(AppModule, new FastifyAdapter({ logger: false }), {
    logger: false,
  });
  app.setGlobalPrefix('v1', { exclude: ['health/live', 'health/ready', 'metrics'] });
  app.enableShutdownHooks();
  await app.listen(Number(process.env.HTTP_PORT), '127.0.0.1');
}

main().catch((error) => {
  console.error(`bare-nest failed to start: ${error.message}`);
  process.exit(1);
});
