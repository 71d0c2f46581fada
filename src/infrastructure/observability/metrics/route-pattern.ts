import type { FastifyRequest } from 'fastify';

/**
 * The route a request matched, as its pattern (`/v1/jobs/:id`), never the raw URL: metric labels
 * and log fields stay few and group requests by the code that served them.
 */
export function routePatternOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}
