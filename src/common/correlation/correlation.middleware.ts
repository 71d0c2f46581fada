import type { IncomingMessage, ServerResponse } from 'node:http';

import { Injectable, type NestMiddleware } from '@nestjs/common';

import { withCorrelationId } from './correlation-context';

/**
 * Runs the rest of each request (guards, pipes, handler) with the request id as correlation id,
 * so that events published meanwhile carry it. A middleware rather than an interceptor: it wraps
 * the same work without an rxjs Observable per request (docs/BENCHMARKS.md, "Request cost").
 */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(request: IncomingMessage & { id?: unknown }, _response: ServerResponse, next: () => void) {
    // Fastify resolved the id; the middleware engine copies it to the raw request.
    withCorrelationId(String(request.id), next);
  }
}
