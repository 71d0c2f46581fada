import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import { setActor } from './actor';
import { authenticationRequired, roleTooLow, workspaceNotFound } from './auth.errors';
import { sessionOfRequest } from './request-session';
import { SessionReader } from './session-reader';
import { REQUIRED_WORKSPACE_ROLE } from './required-workspace-role.metadata';
import { roleAtLeast, roleIn, type WorkspaceRole } from './workspace-role';

/**
 * Authenticates from the Redis session and, on /workspaces/:workspaceId routes, authorises from
 * the memberships the session carries: no database query on the request path.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionReader,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const actor = (await sessionOfRequest(request, this.sessions))?.actor;
    if (!actor) throw authenticationRequired();
    setActor(request, actor);

    const required = this.reflector.get<WorkspaceRole | null>(
      REQUIRED_WORKSPACE_ROLE,
      context.getHandler(),
    );
    if (!required) return true;
    const workspaceId = (request.params as { workspaceId?: string }).workspaceId ?? '';
    const role = roleIn(actor.memberships, workspaceId);
    if (!role) throw workspaceNotFound();
    if (!roleAtLeast(role, required)) throw roleTooLow(required);
    return true;
  }
}
