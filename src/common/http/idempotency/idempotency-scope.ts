import type { FastifyRequest } from 'fastify';

import { actorOf } from '../../auth/actor';

/**
 * Whose keys these are. Keys are chosen by clients, so two callers may well pick the same one; a
 * key only means something within its caller's scope. The auth guard has set the actor by now
 * (guards run before interceptors); anonymous callers are told apart by their IP address.
 */
export function idempotencyScopeOf(request: FastifyRequest): string {
  const userId = actorOf(request)?.userId;
  return userId === undefined ? `ip:${request.ip}` : `user:${userId}`;
}
