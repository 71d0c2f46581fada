import { createHash } from 'node:crypto';

/** Redis stores sessions under the token's SHA-256: a leaked Redis dump holds no usable token. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const sessionKey = (sessionId: string) => `session:${sessionId}`;
export const userSessionsKey = (userId: string) => `user-sessions:${userId}`;
export const membershipVersionKey = (userId: string) => `membership-version:${userId}`;
