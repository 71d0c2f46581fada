import type { FastifyRequest } from 'fastify';

/**
 * Fastify derives request.id from X-Request-Id (see create-web-app.ts); pino-http logs the same id
 * because middie copies it onto the raw request.
 */
export function requestIdOf(request: FastifyRequest): string {
  return request.id;
}
