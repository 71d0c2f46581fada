// The framework floor: a bare NestJS application on Fastify with the same global prefix as tenfold
// and nothing else (no logger, pipes, guards, interceptors, hooks). One controller answers
// GET /health/live with tenfold's body. Port from HTTP_PORT (set by the harness).
import 'reflect-metadata';

import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

@Controller('health')
class HealthController {
  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }
}

@Module({ controllers: [HealthController] })
class AppModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ logger: false }),
    { logger: false },
  );
  app.setGlobalPrefix('v1', { exclude: ['health/live', 'health/ready', 'metrics'] });
  app.enableShutdownHooks();
  await app.listen(Number(process.env.HTTP_PORT), '127.0.0.1');
}

main().catch((error: Error) => {
  console.error(`bare-nest failed to start: ${error.message}`);
  process.exit(1);
});
