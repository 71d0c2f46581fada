import type { FastifyInstance, FastifyRequest } from 'fastify';

import {
  collectReadRoutes,
  describeReadRoutes,
  type ReadRoute,
} from '../infrastructure/database/read-route';

const ROUTES = Symbol('readRoutes');
type RequestWithRoutes = FastifyRequest & { [ROUTES]?: ReadRoute[] };

/**
 * DB_READ_ROUTING_HEADER (tests only): answers say which server served each routed read and why,
 * e.g. `X-Read-From: 127.0.0.1:55433; caught-up`, so a test can tell a replica answer from a
 * primary one for a single request.
 */
export function exposeReadRoutes(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const routes: ReadRoute[] = [];
    (request as RequestWithRoutes)[ROUTES] = routes;
    collectReadRoutes(routes, done);
  });
  fastify.addHook('onSend', async (request, reply) => {
    const routes = (request as RequestWithRoutes)[ROUTES];
    if (routes && routes.length > 0) void reply.header('x-read-from', describeReadRoutes(routes));
  });
}
