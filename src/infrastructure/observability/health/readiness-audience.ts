import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { PlatformAdminAccess } from '../../../common/admin/platform-admin-access';

/**
 * Who may read readiness details (which dependency is down, replica lag, breaker states): platform
 * admins. Balancers and orchestrators only need the status code, and a probe without credentials
 * costs no Redis round trip.
 */
@Injectable()
export class ReadinessAudience {
  constructor(private readonly access: PlatformAdminAccess) {}

  async mayReadDetails(request: FastifyRequest): Promise<boolean> {
    const authorization = request.headers.authorization;
    if (!authorization) return false;
    return (await this.access.check(authorization, request.ip)) === undefined;
  }
}
