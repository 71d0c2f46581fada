import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { PlatformAdminAccess } from './platform-admin-access';

/** For Nest routes reserved to platform admins (diagnostics). */
@Injectable()
export class AdminGuard implements CanActivate {
  constructor(private readonly access: PlatformAdminAccess) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const refusal = await this.access.check(request.headers.authorization, request.ip);
    if (refusal) throw refusal;
    return true;
  }
}
