import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';

import { UserEntity } from '../persistence/user.entity';
import { SessionStore } from '../sessions/session-store';
import { MembershipSync } from './membership-sync';
import type { SignedIn } from './signed-in';

/** Issues a session for an authenticated user and loads its memberships into it. */
@Injectable()
export class StartSession {
  constructor(
    private readonly sessions: SessionStore,
    private readonly membershipSync: MembershipSync,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async for(user: { id: string; email: string }): Promise<SignedIn> {
    const isPlatformAdmin = await this.isPlatformAdmin(user.id);
    const issued = await this.sessions.issue({ ...user, isPlatformAdmin });
    await this.membershipSync.intoNewSession(user.id, issued.sessionId);
    const actor = (await this.sessions.authenticate(issued.token))?.actor;
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

  /**
   * Granted in the database (the CLI's `admins:grant`), and only while the address is verified: an
   * address nobody proved to own grants nothing. Read at login, carried by the session.
   */
  private isPlatformAdmin(userId: string): Promise<boolean> {
    return this.users.existsBy({
      id: userId,
      isPlatformAdmin: true,
      emailVerifiedAt: Not(IsNull()),
    });
  }
}
