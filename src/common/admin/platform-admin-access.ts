import { Injectable } from '@nestjs/common';

import { bearerTokenOf } from '../auth/bearer-token';
import { SessionReader } from '../auth/session-reader';
import { ProblemException } from '../http/problem.exception';
import { AdminCredentials, adminAuthenticationRequired } from './admin-credentials';

/**
 * Who may open admin pages and diagnostics: the break-glass Basic credentials from config, or a
 * signed-in user whose email is in PLATFORM_ADMIN_EMAILS (flag carried by the session).
 */
@Injectable()
export class PlatformAdminAccess {
  constructor(
    private readonly credentials: AdminCredentials,
    private readonly sessions: SessionReader,
  ) {}

  /** Resolves when allowed; otherwise the problem to answer with (401 or 403). */
  async check(authorization: string | undefined): Promise<ProblemException | undefined> {
    if (this.credentials.accepts(authorization)) return undefined;
    const token = bearerTokenOf(authorization);
    const actor = token ? await this.sessions.authenticate(token) : undefined;
    if (!actor) return adminAuthenticationRequired();
    if (actor.isPlatformAdmin) return undefined;
    return new ProblemException({
      status: 403,
      title: 'Forbidden',
      code: 'platform-admin-required',
      detail: 'This is for platform admins only.',
    });
  }
}
