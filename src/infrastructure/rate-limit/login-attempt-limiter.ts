import { Inject, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import type Redis from 'ioredis';

import { ProblemException } from '../../common/http/problem.exception';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.tokens';
import { sha256 } from './client-tracker';

/** Adds one failure to each key; a key's fixed window starts with its first failure. ARGV: window ms. */
const RECORD_FAILURE_SCRIPT = `
for _, key in ipairs(KEYS) do
  redis.call('INCR', key)
  if redis.call('PTTL', key) < 0 then redis.call('PEXPIRE', key, ARGV[1]) end
end
`;

type RedisWithFailures = Redis & {
  recordLoginFailure(accountKey: string, ipKey: string, windowMs: number): Promise<null>;
};

/**
 * Stops password guessing: after loginMaxFailures failed logins for one account, or from one IP,
 * within the window, further attempts get 429 until the window ends. Counted in Redis, so the limit
 * holds across every web instance. Emails are stored only as SHA-256 of the lower-cased address.
 */
@Injectable()
export class LoginAttemptLimiter {
  private readonly redis: RedisWithFailures;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('recordLoginFailure', { numberOfKeys: 2, lua: RECORD_FAILURE_SCRIPT });
    this.redis = redis as RedisWithFailures;
  }

  async assertMayAttempt(email: string, ip: string): Promise<void> {
    const keys = [accountKey(email), ipKey(ip)];
    const replies = await this.redis
      .multi()
      .get(keys[0])
      .pttl(keys[0])
      .get(keys[1])
      .pttl(keys[1])
      .exec();
    const values = (replies ?? []).map(([error, value]) => {
      if (error) throw error;
      return Number(value ?? 0);
    });
    const blockedForMs = [0, 2]
      .filter((index) => values[index] >= this.config.rateLimits.loginMaxFailures)
      .map((index) => values[index + 1]);
    if (blockedForMs.length === 0) return;
    const retryAfter = Math.max(1, Math.ceil(Math.max(...blockedForMs) / 1000));
    throw new ProblemException({
      status: 429,
      title: 'Too Many Requests',
      detail: `Too many failed sign-in attempts; try again in ${retryAfter} s.`,
      code: 'too-many-login-failures',
      headers: { 'Retry-After': String(retryAfter) },
    });
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const windowMs = this.config.rateLimits.loginFailureWindowSeconds * 1000;
    await this.redis.recordLoginFailure(accountKey(email), ipKey(ip), windowMs);
  }

  /** Clears the account's count only: a correct password for one account must not reset an IP. */
  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(accountKey(email));
  }
}

function accountKey(email: string): string {
  return `login-failures:account:${sha256(email.trim().toLowerCase())}`;
}

function ipKey(ip: string): string {
  return `login-failures:ip:${normalizeIp(ip)}`;
}
