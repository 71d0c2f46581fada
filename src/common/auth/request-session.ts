import type { FastifyRequest } from 'fastify';

import type { Actor } from './actor';
import { bearerTokenOf } from './bearer-token';
import type { SessionReader } from './session-reader';

const RESOLVED = Symbol('tenfold.requestSession');

type RequestWithSession = FastifyRequest & { [RESOLVED]?: Promise<Actor | undefined> };

/**
 * The live session behind the request's bearer token, or undefined (no token, or one that names no
 * live session). Resolved once per request: the rate limiter asks first (only a real session gets
 * a budget of its own), then the auth guard, and Redis is read once.
 */
export function sessionOfRequest(
  request: FastifyRequest,
  sessions: SessionReader,
): Promise<Actor | undefined> {
  const memo = request as RequestWithSession;
  if (!memo[RESOLVED]) {
    const token = bearerTokenOf(request.headers.authorization);
    memo[RESOLVED] = token ? sessions.authenticate(token) : Promise.resolve(undefined);
  }
  return memo[RESOLVED];
}
