import { Inject, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import type Redis from 'ioredis';

import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.tokens';
import { sha256 } from './client-tracker';
import { tooManyAttempts } from './too-many-attempts';

/**
 * The whole decision in one round trip (docs/adr/0008-rate-limits.md, "Login"). KEYS: ip, client
 * (account + ip: a hash of failures and the last attempt's time), account. ARGV: ip limit, client
 * limit, account failures from which the throttle starts, throttle cap ms, window ms. Returns the
 * ms to wait, or 0 after counting this attempt as failed: a right password takes it back
 * (ATTEMPT_SUCCEEDED), so concurrent guesses cannot all pass the check before any is counted.
 * Time is Redis's, the same for every instance.
 */
const BEGIN_ATTEMPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local function remaining(key)
  local ttl = redis.call('PTTL', key)
  if ttl > 0 then return ttl end
  return 1000
end
if (tonumber(redis.call('GET', KEYS[1])) or 0) >= tonumber(ARGV[1]) then
  return remaining(KEYS[1])
end
local client = redis.call('HMGET', KEYS[2], 'failures', 'last')
local clientFailures = tonumber(client[1]) or 0
if clientFailures >= tonumber(ARGV[2]) then return remaining(KEYS[2]) end
if clientFailures > 0 then
  local over = (tonumber(redis.call('GET', KEYS[3])) or 0) - tonumber(ARGV[3])
  if over >= 0 then
    local delay = math.min(tonumber(ARGV[4]), 1000 * 2 ^ math.min(over, 40))
    local wait = (tonumber(client[2]) or 0) + delay - now
    if wait > 0 then return math.ceil(wait) end
  end
end
redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[5]) end
redis.call('HINCRBY', KEYS[2], 'failures', 1)
redis.call('HSET', KEYS[2], 'last', now)
redis.call('PEXPIRE', KEYS[2], ARGV[5])
redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], ARGV[5])
return 0
`;

/** Takes the attempt's provisional failure back and forgets the client's failures on the account. */
const ATTEMPT_SUCCEEDED = `
if (tonumber(redis.call('GET', KEYS[1])) or 0) > 0 then redis.call('DECR', KEYS[1]) end
redis.call('DEL', KEYS[2])
if (tonumber(redis.call('GET', KEYS[3])) or 0) > 0 then redis.call('DECR', KEYS[3]) end
`;

type RedisWithLoginScripts = Redis & {
  beginLoginAttempt(...keysThenArgs: (string | number)[]): Promise<number>;
  loginAttemptSucceeded(...keys: string[]): Promise<null>;
};

/**
 * Keeps password guessing expensive without letting anyone lock an owner out:
 * - per IP, across accounts: LOGIN_IP_MAX_FAILURES per window (fixed from the first failure);
 * - per account and IP: LOGIN_MAX_FAILURES, then that client is refused for the account;
 * - per account: once it has LOGIN_MAX_FAILURES recent failures from anywhere, a client that has
 *   failed on it itself waits 1 s, 2 s, 4 s … (up to LOGIN_THROTTLE_MAX_SECONDS) after its last
 *   attempt. A client without failures of its own always gets its attempt, so the owner's right
 *   password from a clean client logs in during an attack; one wrong guess puts a new client
 *   straight onto the account's current step.
 * Counted in Redis (every instance shares them); emails appear only as SHA-256 of the lower-cased
 * address.
 */
@Injectable()
export class LoginAttemptLimiter {
  private readonly redis: RedisWithLoginScripts;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('beginLoginAttempt', { numberOfKeys: 3, lua: BEGIN_ATTEMPT });
    redis.defineCommand('loginAttemptSucceeded', { numberOfKeys: 3, lua: ATTEMPT_SUCCEEDED });
    this.redis = redis as RedisWithLoginScripts;
  }

  /** 429 when the client must wait; otherwise the attempt counts as failed until `succeeded`. */
  async begin(email: string, ip: string): Promise<void> {
    const limits = this.config.rateLimits;
    const waitMs = await this.redis.beginLoginAttempt(
      ...keysOf(email, ip),
      limits.loginIpMaxFailures,
      limits.loginMaxFailures,
      limits.loginMaxFailures,
      limits.loginThrottleMaxSeconds * 1000,
      limits.loginFailureWindowSeconds * 1000,
    );
    if (waitMs > 0) tooManyAttempts('too-many-login-failures', 'sign-in attempts', waitMs);
  }

  /** The password was right: the attempt was no failure, and this client starts clean. */
  async succeeded(email: string, ip: string): Promise<void> {
    await this.redis.loginAttemptSucceeded(...keysOf(email, ip));
  }
}

function keysOf(email: string, ip: string): [string, string, string] {
  const account = sha256(email.trim().toLowerCase());
  const client = normalizeIp(ip);
  return [
    `login-failures:ip:${client}`,
    `login-failures:client:${account}:${client}`,
    `login-failures:account:${account}`,
  ];
}
