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

export type SessionRedis = Redis & {
  writeMemberships(sessionKey: string, membershipsJson: string, version: number): Promise<number>;
};

export function withSessionScripts(redis: Redis): SessionRedis {
  if (!('writeMemberships' in redis)) {
    redis.defineCommand('writeMemberships', { numberOfKeys: 1, lua: WRITE_MEMBERSHIPS });
  }
  return redis as SessionRedis;
}
