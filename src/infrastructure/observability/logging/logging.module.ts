import type { IncomingMessage } from 'node:http';

import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type DestinationStream, destination } from 'pino';

import { AppConfig } from '../../config/app-config';
import { activeTraceFields } from '../tracing/trace-context';
import { tracingStarted } from '../tracing/tracing-state';
import { requestLogSerializers } from './request-log-fields';
import { resolveRequestId } from './request-id';

/**
 * One JSON line per request (pino-http), carrying the request id that errors also report.
 * forRoutes '*splat' because nestjs-pino's default pattern never matches on Fastify.
 *
 * Lines go to stdout asynchronously: a write no longer blocks the request that logs, and lines
 * logged while one is in flight go out together. pino flushes what is buffered synchronously when
 * the process exits (process.exit after a graceful close, or a crash), so no line is lost then;
 * only SIGKILL or a power cut can lose the lines of the last write.
 */
// stateless-ok: the process's own stdout writer, no request or user state
let stdout: DestinationStream | undefined;

/** One for the process: an app built twice (tests) must not open a second writer on fd 1. */
function asyncStdout(): DestinationStream {
  stdout ??= destination({ dest: 1, sync: false });
  return stdout;
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ path: '*splat', method: RequestMethod.ALL }],
        pinoHttp: [
          {
            level: config.logLevel,
            serializers: requestLogSerializers,
            wrapSerializers: false,
            // With tracing on, every line logged inside a span names it (trace_id, span_id); off,
            // pino is not even given the hook.
            ...(tracingStarted() ? { mixin: activeTraceFields } : {}),
            // Fastify already resolved the id (middie copies it to the raw request); the fallback
            // serves the worker's own small HTTP port the same way.
            genReqId: (request: IncomingMessage & { id?: string }) =>
              request.id ?? resolveRequestId(request.headers['x-request-id']),
            customLogLevel: (_request, response, error) =>
              error || response.statusCode >= 500 ? 'error' : 'info',
            autoLogging: { ignore: (request) => request.url === '/metrics' },
          },
          asyncStdout(),
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
