import { Injectable } from '@nestjs/common';

import { bearerTokenOf } from '../auth/bearer-token';
import { SessionReader } from '../auth/session-reader';
import { ProblemException } from '../http/problem.exception';
import { AdminCredentialFailures } from './admin-credential-failures';
import { AdminCredentials, adminAuthenticationRequired } from './admin-credentials';

/**
 * Who may open admin pages and diagnostics: the break-glass Basic credentials from config (wrong
 * ones are limited per client IP), or a signed-in platform admin (flag carried by the session).
 */
@Injectable()
export class PlatformAdminAccess {
  constructor(
    private readonly credentials: AdminCredentials,
    private readonly failures: AdminCredentialFailures,
    private readonly sessions: SessionReader,
  ) {}

  /** Resolves when allowed; otherwise the problem to answer with (401, 403 or 429). */
  async check(
    authorization: string | undefined,
    clientIp: string,
  ): Promise<ProblemException | undefined> {
    if (this.credentials.presentedBy(authorization)) {
      const refusal = await this.failures.refusalFor(clientIp);
      if (refusal) return refusal;
      if (this.credentials.accepts(authorization)) return undefined;
      await this.failures.record(clientIp);
      return adminAuthenticationRequired();
    }
    const token = bearerTokenOf(authorization);
    const actor = token ? (await this.sessions.authenticate(token))?.actor : undefined;
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
