import { createHash } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import type Redis from 'ioredis';

import { ProblemException } from '../../../common/http/problem.exception';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { REDIS } from '../../../infrastructure/redis/redis.tokens';
import type { AccountTokenPurpose } from '../domain/account-token';

const WINDOW_MS = 60 * 60 * 1000;

/** Counts one request on each key (a fixed window from its first); answers [count, ms left] each. */
const COUNT_SCRIPT = `
local replies = {}
for index, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
  replies[index] = { count, redis.call('PTTL', key) }
end
return replies
`;

/** What a mail is about; each has its own counters. */
export type AccountMailPurpose = AccountTokenPurpose | 'sign-up';

type CountingRedis = Redis & {
  countAccountMail(...keysThenWindow: (string | number)[]): Promise<[number, number][]>;
};

/**
 * Limits the mails a client can make tenfold send (verification, password reset): per address, so
 * nobody can flood a mailbox, and per client IP, so nobody can walk a list of addresses. Counted in
 * Redis, shared by every web instance, for each purpose apart. Addresses are kept as SHA-256 only.
 * Unknown and known addresses count alike: a 429 says nothing about whether an account exists.
 */
@Injectable()
export class AccountMailLimiter {
  private readonly redis: CountingRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    if (!('countAccountMail' in redis)) {
      redis.defineCommand('countAccountMail', { lua: COUNT_SCRIPT });
    }
    this.redis = redis as CountingRedis;
  }

  /** Counts the request; throws 429 with Retry-After once the address or the IP is over. */
  async assertMayRequest(purpose: AccountMailPurpose, email: string, ip: string): Promise<void> {
    const { perAddressPerHour, perIpPerHour } = this.config.accountMails;
    const [address, client] = await this.count(addressKey(purpose, email), ipKey(purpose, ip));
    const over = [
      address[0] > perAddressPerHour ? address[1] : 0,
      client[0] > perIpPerHour ? client[1] : 0,
    ];
    const waitMs = Math.max(...over);
    if (waitMs <= 0) return;
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    throw new ProblemException({
      status: 429,
      title: 'Too Many Requests',
      detail: `Too many mails asked for; try again in ${retryAfter} s.`,
      code: 'too-many-mail-requests',
      headers: { 'Retry-After': String(retryAfter) },
    });
  }

  /**
   * For sign-up, which answers the same whatever happens: counts one mail to the address and says
   * whether it may go. Over the limit the mail is skipped silently, and the answer stays the same.
   */
  async mayMail(purpose: AccountMailPurpose, email: string): Promise<boolean> {
    const [[count]] = await this.count(addressKey(purpose, email));
    return count <= this.config.accountMails.perAddressPerHour;
  }

  private count(...keys: string[]): Promise<[number, number][]> {
    return this.redis.countAccountMail(keys.length, ...keys, WINDOW_MS);
  }
}

function addressKey(purpose: AccountMailPurpose, email: string): string {
  const hash = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return `account-mail:${purpose}:address:${hash}`;
}

function ipKey(purpose: AccountMailPurpose, ip: string): string {
  return `account-mail:${purpose}:ip:${normalizeIp(ip)}`;
}
