import type { FastifyRequest } from 'fastify';

import { bearerTokenOf } from './bearer-token';
import type { Authentication, RateLimitCharge, SessionReader } from './session-reader';

const RESOLVED = Symbol('tenfold.requestSession');

type RequestWithSession = FastifyRequest & { [RESOLVED]?: Promise<Authentication | undefined> };

/**
 * The live session behind the request's bearer token, or undefined (no token, or one that names no
 * live session). Resolved once per request: the rate limiter asks first, with the hit to charge to
 * the session in the same Redis round trip (only a real session gets a budget of its own), then
 * the auth guard; Redis is read once.
 */
export function sessionOfRequest(
  request: FastifyRequest,
  sessions: SessionReader,
  charge?: (sessionId: string) => RateLimitCharge,
): Promise<Authentication | undefined> {
  const memo = request as RequestWithSession;
  if (!memo[RESOLVED]) {
    const token = bearerTokenOf(request.headers.authorization);
    memo[RESOLVED] = token ? sessions.authenticate(token, charge) : Promise.resolve(undefined);
  }
  return memo[RESOLVED];
}
