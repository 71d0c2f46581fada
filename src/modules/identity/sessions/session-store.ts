import { randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import {
  type Authentication,
  type RateLimitCharge,
  SessionReader,
} from '../../../common/auth/session-reader';
import type { WorkspaceRole } from '../../../common/auth/workspace-role';
import { AppConfig } from '../../../infrastructure/config/app-config';
import {
  WRITE_POSITION_KEY_PREFIX,
  WritePositions,
} from '../../../infrastructure/database/write-positions';
import { REDIS } from '../../../infrastructure/redis/redis.tokens';
import { membershipVersionKey, sessionIdOf, sessionKey, userSessionsKey } from './session-keys';
import { type SessionRedis, withSessionScripts } from './session-scripts';

export interface SessionUser {
  id: string;
  email: string;
  /** Granted in the database and the email verified (StartSession decides). */
  isPlatformAdmin: boolean;
}

export interface IssuedSession {
  token: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/**
 * Sessions in Redis: any web instance can authenticate any request. Sliding idle timeout through
 * the key's TTL, absolute timeout stored in the record. Memberships ride along, so authorisation
 * needs no database query.
 */
@Injectable()
export class SessionStore extends SessionReader {
  private readonly redis: SessionRedis;
  /** The script builds the user's write-position key itself: ioredis prefixes only KEYS. */
  private readonly writePositionPrefix: string;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
    private readonly positions: WritePositions,
  ) {
    super();
    this.redis = withSessionScripts(redis);
    this.writePositionPrefix = `${redis.options.keyPrefix ?? ''}${WRITE_POSITION_KEY_PREFIX}`;
  }

  /** Call `writeMemberships` right after: see MembershipSync for why that order is safe. */
  async issue(user: SessionUser): Promise<IssuedSession & { sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = sessionIdOf(token);
    const now = Date.now();
    const { idleTimeoutSeconds, absoluteTimeoutSeconds } = this.config.sessions;
    const absoluteExpiresAt = now + absoluteTimeoutSeconds * 1000;
    const idleMs = Math.min(idleTimeoutSeconds, absoluteTimeoutSeconds) * 1000;
    await this.redis
      .multi()
      .hset(sessionKey(sessionId), {
        userId: user.id,
        email: user.email,
        createdAt: now,
        absoluteExpiresAt,
        memberships: '{}',
        membershipVersion: -1,
        isPlatformAdmin: user.isPlatformAdmin ? '1' : '0',
      })
      .pexpire(sessionKey(sessionId), idleMs)
      .sadd(userSessionsKey(user.id), sessionId)
      .expire(userSessionsKey(user.id), absoluteTimeoutSeconds)
      .exec();
    return {
      token,
      sessionId,
      idleExpiresAt: new Date(now + idleMs),
      absoluteExpiresAt: new Date(absoluteExpiresAt),
    };
  }

  async authenticate(
    token: string,
    charge?: (sessionId: string) => RateLimitCharge,
  ): Promise<Authentication | undefined> {
    const sessionId = sessionIdOf(token);
    const now = Date.now();
    const idleMs = this.config.sessions.idleTimeoutSeconds * 1000;
    const rate = charge?.(sessionId);
    // One round trip: the session, its idle timeout, the write position, the rate-limit hit.
    const keys = rate
      ? [sessionKey(sessionId), rate.counterKey, rate.blockKey]
      : [sessionKey(sessionId)];
    const hitArgs = rate ? [rate.ttlMs, rate.limit, rate.blockMs] : [];
    const [fields, position, hit] = await this.redis.authenticateSession(
      rate ? 3 : 1,
      ...keys,
      now,
      idleMs,
      this.writePositionPrefix,
      ...hitArgs,
    );
    const record = recordOf(fields);
    if (!record.userId) return undefined;
    if (Number(record.absoluteExpiresAt) - now <= 0) {
      await this.revoke(sessionId, record.userId);
      return undefined;
    }
    this.positions.learned(record.userId, position ?? null);
    return {
      actor: {
        userId: record.userId,
        email: record.email,
        sessionId,
        memberships: JSON.parse(record.memberships) as Record<string, WorkspaceRole>,
        isPlatformAdmin: record.isPlatformAdmin === '1',
      },
      rateLimitHit: hit
        ? { totalHits: hit[0], expiresInMs: hit[1], isBlocked: hit[2] === 1, blockedForMs: hit[3] }
        : undefined,
    };
  }

  async revoke(sessionId: string, userId: string): Promise<void> {
    await this.redis
      .multi()
      .del(sessionKey(sessionId))
      .srem(userSessionsKey(userId), sessionId)
      .exec();
  }

  /** Every session of the user, optionally sparing one (the caller's own, on password change). */
  async revokeAll(userId: string, except?: string): Promise<number> {
    const ids = (await this.redis.smembers(userSessionsKey(userId))).filter((id) => id !== except);
    if (ids.length === 0) return 0;
    await this.redis
      .multi()
      .del(...ids.map(sessionKey))
      .srem(userSessionsKey(userId), ...ids)
      .exec();
    return ids.length;
  }

  async liveSessionIds(userId: string): Promise<string[]> {
    return this.redis.smembers(userSessionsKey(userId));
  }

  async currentMembershipVersion(userId: string): Promise<number> {
    return Number((await this.redis.get(membershipVersionKey(userId))) ?? 0);
  }

  async nextMembershipVersion(userId: string): Promise<number> {
    const version = await this.redis.incr(membershipVersionKey(userId));
    await this.redis.expire(
      membershipVersionKey(userId),
      this.config.sessions.absoluteTimeoutSeconds,
    );
    return version;
  }

  async writeMemberships(
    sessionIds: string[],
    memberships: Record<string, WorkspaceRole>,
    version: number,
  ): Promise<void> {
    const json = JSON.stringify(memberships);
    await Promise.all(
      ids(sessionIds).map((id) => this.redis.writeMemberships(sessionKey(id), json, version)),
    );
  }
}

function ids(sessionIds: string[]): string[] {
  return [...new Set(sessionIds)];
}

/** HGETALL's flat [field, value, …] reply, as a script returns it, into a record. */
function recordOf(flat: string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) record[flat[i]] = flat[i + 1];
  return record;
}
