import type { FastifyRequest } from 'fastify';

import type { WorkspaceRole } from './workspace-role';

/** Who is calling: set on the request by the auth guard from the Redis session, no DB query. */
export interface Actor {
  userId: string;
  email: string;
  /** SHA-256 of the bearer token: the session's id in Redis (the token itself is never kept). */
  sessionId: string;
  /** workspaceId → role, as the session carries them. */
  memberships: Record<string, WorkspaceRole>;
  isPlatformAdmin: boolean;
}

type RequestWithActor = FastifyRequest & { actor?: Actor };

export function actorOf(request: FastifyRequest): Actor | undefined {
  return (request as RequestWithActor).actor;
}

export function setActor(request: FastifyRequest, actor: Actor): void {
  (request as RequestWithActor).actor = actor;
}
