import { Injectable } from '@nestjs/common';

import { SessionStore } from '../sessions/session-store';
import { MembershipSync } from './membership-sync';
import type { SignedIn } from './signed-in';

/** Issues a session for a verified user and loads its memberships into it. */
@Injectable()
export class StartSession {
  constructor(
    private readonly sessions: SessionStore,
    private readonly membershipSync: MembershipSync,
  ) {}

  async for(user: { id: string; email: string }): Promise<SignedIn> {
    const issued = await this.sessions.issue(user);
    await this.membershipSync.intoNewSession(user.id, issued.sessionId);
    const actor = await this.sessions.authenticate(issued.token);
    return {
      user,
      session: {
        token: issued.token,
        idleExpiresAt: issued.idleExpiresAt.toISOString(),
        absoluteExpiresAt: issued.absoluteExpiresAt.toISOString(),
      },
      memberships: actor?.memberships ?? {},
    };
  }
}
