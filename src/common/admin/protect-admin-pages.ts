import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { sendProblem } from '../http/problem-details.filter';
import { ProblemException } from '../http/problem.exception';
import { sendAdminPageHeaders } from './admin-page-headers';
import { isAdminPageRoute, isAdminRoute } from './admin-routes';
import { adminSessionTokenOf } from './admin-session-cookie';
import { PlatformAdminAccess } from './platform-admin-access';
import { comesFromThisOrigin, crossOriginRequestRefused } from './same-origin-request';

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
 *
 * The pages (not the admin API under /v1, not /metrics) also take the admin session cookie that
 * the login page sets (docs/adr/0018-admin-pages-session-cookie.md).
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
    const refusal = await refusalOf(request, access);
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

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The Authorization header when there is one; else, on a page route, the cookie's session token,
 * and a write that the cookie authenticates must come from a page of this origin (no CSRF).
 */
async function refusalOf(
  request: FastifyRequest,
  access: PlatformAdminAccess,
): Promise<ProblemException | undefined> {
  const { authorization, cookie } = request.headers;
  const cookieToken =
    authorization === undefined && isAdminPageRoute(request.routeOptions.url)
      ? adminSessionTokenOf(cookie)
      : undefined;
  if (!cookieToken) return access.check(authorization, request.ip);
  if (!READS.has(request.method) && !comesFromThisOrigin(request)) {
    return crossOriginRequestRefused();
  }
  return access.check(`Bearer ${cookieToken}`, request.ip);
}
