import type { IncomingMessage } from 'node:http';

import { FastifyAdapter } from '@nestjs/platform-fastify';

import type { AppConfig } from '../infrastructure/config/app-config';
import { resolveRequestId } from '../infrastructure/observability/logging/request-id';

/** Both processes' HTTP servers: Fastify's own logger off (pino-http logs), ids from X-Request-Id. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    logger: false,
    bodyLimit: config.http.bodyLimitBytes,
    genReqId: (request: IncomingMessage) => resolveRequestId(request.headers['x-request-id']),
  });
}
