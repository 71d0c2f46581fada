import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { membershipsOf } from '../persistence/memberships.store';
import { SessionStore } from '../sessions/session-store';

/**
 * Keeps the memberships inside a user's live sessions equal to the database. Called after a
 * membership change commits (all sessions) and right after a login (the new session).
 * The version taken *before* reading the database makes late writers lose (see session-scripts).
 */
@Injectable()
export class MembershipSync {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
  ) {}

  async afterChangeOf(userId: string): Promise<void> {
    const version = await this.sessions.nextMembershipVersion(userId);
    const memberships = await membershipsOf(this.dataSource.manager, userId);
    await this.sessions.writeMemberships(
      await this.sessions.liveSessionIds(userId),
      memberships,
      version,
    );
  }

  async intoNewSession(userId: string, sessionId: string): Promise<void> {
    const version = await this.sessions.currentMembershipVersion(userId);
    const memberships = await membershipsOf(this.dataSource.manager, userId);
    await this.sessions.writeMemberships([sessionId], memberships, version);
  }
}
