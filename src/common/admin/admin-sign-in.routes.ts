import { Injectable, Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { AppConfig } from '../../infrastructure/config/app-config';
import { bearerTokenOf } from '../auth/bearer-token';
import { SessionReader } from '../auth/session-reader';
import { sendProblem } from '../http/problem-details.filter';
import { ProblemException } from '../http/problem.exception';
import { ADMIN_LOGIN_PAGE, ADMIN_LOGIN_SCRIPT } from './admin-login.page';
import { sendAdminPageHeaders } from './admin-page-headers';
import { ADMIN_SESSION_ROUTE, ADMIN_SIGN_IN_ROUTES } from './admin-routes';
import {
  type AdminCookieSettings,
  adminSessionCookie,
  adminSessionTokenOf,
  clearedAdminSessionCookie,
} from './admin-session-cookie';
import { comesFromThisOrigin, crossOriginRequestRefused } from './same-origin-request';

/**
 * The browser's way in to the admin pages (docs/adr/0018-admin-pages-session-cookie.md): the login
 * page, `POST /admin/session` that turns a platform admin's bearer session into the HttpOnly
 * cookie (the admin-page guard has checked the bearer before the handler runs), and
 * `POST /admin/logout` that ends the session and clears the cookie. Fastify routes next to the
 * plugins they open, outside the /v1 API, whose routes never read a cookie.
 */
@Injectable()
export class AdminSignInRoutes {
  private readonly logger = new Logger('AdminSignIn');
  private readonly cookie: AdminCookieSettings;

  constructor(
    private readonly sessions: SessionReader,
    config: AppConfig,
  ) {
    this.cookie = {
      secure: config.publicBaseUrl.startsWith('https://'),
      maxAgeSeconds: config.sessions.absoluteTimeoutSeconds,
    };
  }

  register(fastify: FastifyInstance): void {
    fastify.get(ADMIN_SIGN_IN_ROUTES.loginPage, async (request, reply) => {
      await sendAdminPageHeaders(request, reply);
      return reply.type('text/html; charset=utf-8').send(ADMIN_LOGIN_PAGE);
    });
    fastify.get(ADMIN_SIGN_IN_ROUTES.loginScript, async (request, reply) => {
      await sendAdminPageHeaders(request, reply);
      return reply.type('text/javascript; charset=utf-8').send(ADMIN_LOGIN_SCRIPT);
    });
    fastify.post(ADMIN_SESSION_ROUTE, (request, reply) => this.startCookieSession(request, reply));
    fastify.post(ADMIN_SIGN_IN_ROUTES.signOut, (request, reply) => this.signOut(request, reply));
  }

  private async startCookieSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!comesFromThisOrigin(request))
      return this.refuse(request, reply, crossOriginRequestRefused());
    // The guard let this request in as a platform admin; only a bearer session can become a cookie.
    const token = bearerTokenOf(request.headers.authorization);
    if (!token) return this.refuse(request, reply, sessionTokenRequired());
    await reply
      .header('Set-Cookie', adminSessionCookie(token, this.cookie))
      .header('Cache-Control', 'no-store')
      .code(204)
      .send();
  }

  private async signOut(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!comesFromThisOrigin(request))
      return this.refuse(request, reply, crossOriginRequestRefused());
    const token = adminSessionTokenOf(request.headers.cookie);
    const actor = token ? (await this.sessions.authenticate(token))?.actor : undefined;
    if (actor) await this.sessions.revoke(actor.sessionId, actor.userId);
    await sendAdminPageHeaders(request, reply);
    await reply
      .header('Set-Cookie', clearedAdminSessionCookie(this.cookie))
      .header('Cache-Control', 'no-store')
      .code(204)
      .send();
  }

  private refuse(request: FastifyRequest, reply: FastifyReply, problem: ProblemException): void {
    sendProblem(request, reply, problem, this.logger);
  }
}

function sessionTokenRequired(): ProblemException {
  return new ProblemException({
    status: 400,
    title: 'Bad Request',
    code: 'session-token-required',
    detail: 'Send the session token of a platform admin as Authorization: Bearer <token>.',
  });
}
