import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { AdminCredentials, adminAuthenticationRequired } from './admin-credentials';

/** For Nest routes reserved to platform admins (diagnostics). */
@Injectable()
export class AdminGuard implements CanActivate {
  constructor(private readonly credentials: AdminCredentials) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (this.credentials.accepts(request.headers.authorization)) return true;
    throw adminAuthenticationRequired();
  }
}
