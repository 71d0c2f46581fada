import type { FastifyRequest } from 'fastify';

import { ProblemException } from '../http/problem.exception';

/**
 * Whether a state-changing request comes from a page of this origin: its `Origin` header names the
 * host the request was sent to (`request.host`, the forwarded host behind a trusted proxy). A
 * browser sends `Origin` with every POST, PUT and DELETE and no page can forge it, so a request
 * another site's page makes with the admin cookie fails here even where SameSite=Strict would not
 * hold (a sibling subdomain counts as the same site). Programs that send no `Origin` do not carry
 * the cookie either: they send Basic credentials or a bearer token.
 */
export function comesFromThisOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

export function crossOriginRequestRefused(): ProblemException {
  return new ProblemException({
    status: 403,
    title: 'Forbidden',
    code: 'cross-origin-admin-request',
    detail: 'Admin sign-in, sign-out and cookie-authenticated writes come from this origin only.',
  });
}
