import { Inject, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import type Redis from 'ioredis';

import { AppConfig } from '../../infrastructure/config/app-config';
import { REDIS } from '../../infrastructure/redis/redis.tokens';
import { ProblemException } from '../http/problem.exception';

const WINDOW_MS = 15 * 60 * 1000;

/** INCR, and start the fixed window on the first failure. ARGV: window ms. */
const RECORD_FAILURE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count
`;

type RedisWithAdminFailures = Redis & {
  recordAdminCredentialFailure(key: string, windowMs: number): Promise<number>;
};

/**
 * The break-glass Basic credentials are one shared secret for the whole platform: a client IP gets
 * ADMIN_AUTH_MAX_FAILURES wrong tries per 15 minutes, then 429 until its window ends — counted in
 * Redis so that adding web instances does not add guesses. Only requests that present Basic
 * credentials are counted or checked, so the admin pages cost nothing extra to anyone else.
 */
@Injectable()
export class AdminCredentialFailures {
  private readonly redis: RedisWithAdminFailures;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('recordAdminCredentialFailure', {
      numberOfKeys: 1,
      lua: RECORD_FAILURE_SCRIPT,
    });
    this.redis = redis as RedisWithAdminFailures;
  }

  /** The 429 to answer while this IP is over its budget, else undefined. */
  async refusalFor(ip: string): Promise<ProblemException | undefined> {
    const key = keyOf(ip);
    const replies = await this.redis.multi().get(key).pttl(key).exec();
    const [count, ttl] = (replies ?? []).map(([error, value]) => {
      if (error) throw error;
      return Number(value ?? 0);
    });
    if (count < this.config.admin.maxFailures) return undefined;
    const retryAfter = String(Math.max(1, Math.ceil(ttl / 1000)));
    return new ProblemException({
      status: 429,
      title: 'Too Many Requests',
      code: 'too-many-admin-credential-failures',
      detail: `Too many wrong admin credentials from this client; try again in ${retryAfter} s.`,
      headers: { 'Retry-After': retryAfter },
    });
  }

  async record(ip: string): Promise<void> {
    await this.redis.recordAdminCredentialFailure(keyOf(ip), WINDOW_MS);
  }
}

function keyOf(ip: string): string {
  return `admin-credential-failures:ip:${normalizeIp(ip)}`;
}
