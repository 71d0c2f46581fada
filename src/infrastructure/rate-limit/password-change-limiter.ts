import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.tokens';
import { tooManyAttempts } from './too-many-attempts';

/**
 * KEYS: the session's counter. ARGV: limit, window ms. Returns the ms to wait, or 0 after counting
 * this attempt as failed (a right current password takes it back), so concurrent guesses cannot
 * all pass the check first. The window is fixed from the first failure.
 */
const BEGIN_ATTEMPT = `
local failures = tonumber(redis.call('GET', KEYS[1])) or 0
if failures >= tonumber(ARGV[1]) then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl > 0 then return ttl end
  return 1000
end
redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

const ATTEMPT_SUCCEEDED = `
if (tonumber(redis.call('GET', KEYS[1])) or 0) > 0 then redis.call('DECR', KEYS[1]) end
`;

type RedisWithPasswordChangeScripts = Redis & {
  beginPasswordChange(key: string, limit: number, windowMs: number): Promise<number>;
  passwordChangeSucceeded(key: string): Promise<null>;
};

/**
 * A stolen session must not become a way to guess the account's password: wrong current
 * passwords on PUT /v1/auth/password are limited per session (PASSWORD_CHANGE_MAX_FAILURES per
 * LOGIN_FAILURE_WINDOW_SECONDS), across instances. The key is the session id (the token's
 * SHA-256), never the token.
 */
@Injectable()
export class PasswordChangeLimiter {
  private readonly redis: RedisWithPasswordChangeScripts;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('beginPasswordChange', { numberOfKeys: 1, lua: BEGIN_ATTEMPT });
    redis.defineCommand('passwordChangeSucceeded', { numberOfKeys: 1, lua: ATTEMPT_SUCCEEDED });
    this.redis = redis as RedisWithPasswordChangeScripts;
  }

  /** 429 when the session has used up its tries; otherwise counts this one until `succeeded`. */
  async begin(sessionId: string): Promise<void> {
    const { passwordChangeMaxFailures, loginFailureWindowSeconds } = this.config.rateLimits;
    const waitMs = await this.redis.beginPasswordChange(
      keyOf(sessionId),
      passwordChangeMaxFailures,
      loginFailureWindowSeconds * 1000,
    );
    if (waitMs > 0) tooManyAttempts('too-many-password-attempts', 'password checks', waitMs);
  }

  /** The current password was right: this attempt was no failure. */
  async succeeded(sessionId: string): Promise<void> {
    await this.redis.passwordChangeSucceeded(keyOf(sessionId));
  }
}

function keyOf(sessionId: string): string {
  return `password-change-failures:session:${sessionId}`;
}
