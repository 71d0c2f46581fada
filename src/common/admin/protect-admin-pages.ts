import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { sendProblem } from '../http/problem-details.filter';
import { sendAdminPageHeaders } from './admin-page-headers';
import { isAdminRoute } from './admin-routes';
import { PlatformAdminAccess } from './platform-admin-access';

export interface GuardedRoute {
  method: string | string[];
  url: string;
}

const GUARDED_ADMIN_ROUTES = 'guardedAdminRoutes';

/** Every admin route registered so far: what the guard covers (tests probe each one). */
export function guardedAdminRoutesOf(fastify: FastifyInstance): readonly GuardedRoute[] {
  return (fastify as FastifyInstance & { [GUARDED_ADMIN_ROUTES]: GuardedRoute[] })[
    GUARDED_ADMIN_ROUTES
  ];
}

/**
 * Swagger UI and bull-board are Fastify plugins, not Nest routes, so Nest guards never see them.
 * One hook guards them and the admin API alike, deciding on the route the router matched
 * (`request.routeOptions.url`), which is known by the time onRequest runs: whatever spelling of
 * the path reached an admin route (`/%61dmin/…`, `//admin/…`), the pattern is the admin one.
 * A path that matches no route reaches the 404 handler and no admin content.
 */
export function protectAdminPages(fastify: FastifyInstance, access: PlatformAdminAccess): void {
  const logger = new Logger('AdminPages');
  const guarded: GuardedRoute[] = [];
  fastify.decorate(GUARDED_ADMIN_ROUTES, guarded);
  fastify.addHook('onRoute', (route) => {
    if (isAdminRoute(route.url)) guarded.push({ method: route.method, url: route.url });
  });
  /** Resolves true when it has answered (refused), false when the request may go on. */
  const answeredByGuard = async (request: FastifyRequest, reply: FastifyReply) => {
    const refusal = await access.check(request.headers.authorization, request.ip);
    if (refusal) {
      sendProblem(request, reply, refusal, logger);
      return true;
    }
    await sendAdminPageHeaders(request, reply);
    return false;
  };
  // Callback style, so that every other request passes with one pattern test and no promise: this
  // hook runs on the whole API's hot path.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!isAdminRoute(request.routeOptions.url)) return done();
    answeredByGuard(request, reply).then(
      (answered) => (answered ? undefined : done()),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
