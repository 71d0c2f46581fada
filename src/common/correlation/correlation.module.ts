import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';

import { CorrelationMiddleware } from './correlation.middleware';

/** Web only: every request runs with its id as correlation id (correlation.middleware.ts). */
@Module({})
export class CorrelationModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // '*splat', as for request logging: Nest's default pattern never matches on Fastify.
    consumer.apply(CorrelationMiddleware).forRoutes({ path: '*splat', method: RequestMethod.ALL });
  }
}
