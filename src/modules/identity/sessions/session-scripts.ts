import type Redis from 'ioredis';

import { RATE_LIMIT_HIT_FUNCTION } from '../../../infrastructure/rate-limit/redis-throttler.storage';

// Writes memberships into a live session only: never recreates an expired one (it would have no
// TTL), and never replaces newer memberships with older ones (version check), whatever the order
// in which a login and a membership change reach Redis.
const WRITE_MEMBERSHIPS = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local current = tonumber(redis.call('HGET', KEYS[1], 'membershipVersion') or '-1')
if tonumber(ARGV[2]) < current then return 0 end
redis.call('HSET', KEYS[1], 'memberships', ARGV[1], 'membershipVersion', ARGV[2])
return 1
`;

// One round trip per authenticated request (docs/ARCHITECTURE.md, "Request budget"). Reads the
// session and, when it is live: slides its idle timeout (the TTL becomes ARGV[2] ms, never past the
// absolute expiry the record holds; ARGV[1] is now, in ms); reads the user's write position (key
// ARGV[3] .. userId, built here because the user is known only now: with REDIS_KEY_PREFIX={tenfold}
// it is in the session's hash slot); and, given KEYS[2] and KEYS[3], charges the session's
// rate-limit hit (ARGV[4..6]: window ms, limit, block ms). An absolute expiry already past is left
// for the caller to revoke. Returns {HGETALL's field/value list, position or nil, hit or nil}.
export const AUTHENTICATE_SESSION_SCRIPT = `${RATE_LIMIT_HIT_FUNCTION}
local record = redis.call('HGETALL', KEYS[1])
local absolute, userId
for i = 1, #record, 2 do
  if record[i] == 'absoluteExpiresAt' then absolute = tonumber(record[i + 1]) end
  if record[i] == 'userId' then userId = record[i + 1] end
end
if not userId or not absolute or absolute - tonumber(ARGV[1]) <= 0 then return {record} end
redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[2]), absolute - tonumber(ARGV[1])))
local position = redis.call('GET', ARGV[3] .. userId)
local hit = false
if #KEYS >= 3 then
  hit = rateLimitHit(KEYS[2], KEYS[3], tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]))
end
return {record, position, hit}
`;

/** The script's reply: the session's fields, the write position, the rate-limit hit. */
export type AuthenticateReply = [
  string[],
  (string | null)?,
  ([number, number, number, number] | null)?,
];

export type SessionRedis = Redis & {
  writeMemberships(sessionKey: string, membershipsJson: string, version: number): Promise<number>;
  /** numberOfKeys first: 1 (the session), or 3 with the rate-limit counter and block keys. */
  authenticateSession(
    numberOfKeys: 1 | 3,
    ...keysThenArgs: (string | number)[]
  ): Promise<AuthenticateReply>;
};

export function withSessionScripts(redis: Redis): SessionRedis {
  if (!('writeMemberships' in redis)) {
    redis.defineCommand('writeMemberships', { numberOfKeys: 1, lua: WRITE_MEMBERSHIPS });
  }
  if (!('authenticateSession' in redis)) {
    redis.defineCommand('authenticateSession', { lua: AUTHENTICATE_SESSION_SCRIPT });
  }
  return redis as SessionRedis;
}
