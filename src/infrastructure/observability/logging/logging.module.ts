import type { IncomingMessage } from 'node:http';

import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

import { AppConfig } from '../../config/app-config';
import { REDACTED_PATHS } from './redacted-paths';
import { resolveRequestId } from './request-id';

/**
 * One JSON line per request (pino-http), carrying the request id that errors also report.
 * forRoutes '*splat' because nestjs-pino's default pattern never matches on Fastify.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ path: '*splat', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          // Fastify already resolved the id (middie copies it to the raw request); the fallback
          // serves the worker's own small HTTP port the same way.
          genReqId: (request: IncomingMessage & { id?: string }) =>
            request.id ?? resolveRequestId(request.headers['x-request-id']),
          customLogLevel: (_request, response, error) =>
            error || response.statusCode >= 500 ? 'error' : 'info',
          autoLogging: { ignore: (request) => request.url === '/metrics' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
