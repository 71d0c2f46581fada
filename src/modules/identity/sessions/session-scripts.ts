import type Redis from 'ioredis';

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

// Reads a session and slides its idle timeout in one round trip: the TTL becomes the idle timeout
// (ARGV[2], ms), never past the absolute expiry the record holds. ARGV[1]: now, in ms. An absolute
// expiry already past is left for the caller to revoke. Returns HGETALL's flat field/value list.
const AUTHENTICATE = `
local record = redis.call('HGETALL', KEYS[1])
local absolute
for i = 1, #record, 2 do
  if record[i] == 'absoluteExpiresAt' then absolute = tonumber(record[i + 1]) end
end
if absolute then
  local remaining = absolute - tonumber(ARGV[1])
  if remaining > 0 then
    redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[2]), remaining))
  end
end
return record
`;

export type SessionRedis = Redis & {
  writeMemberships(sessionKey: string, membershipsJson: string, version: number): Promise<number>;
  authenticateSession(sessionKey: string, nowMs: number, idleMs: number): Promise<string[]>;
};

export function withSessionScripts(redis: Redis): SessionRedis {
  if (!('writeMemberships' in redis)) {
    redis.defineCommand('writeMemberships', { numberOfKeys: 1, lua: WRITE_MEMBERSHIPS });
  }
  if (!('authenticateSession' in redis)) {
    redis.defineCommand('authenticateSession', { numberOfKeys: 1, lua: AUTHENTICATE });
  }
  return redis as SessionRedis;
}
