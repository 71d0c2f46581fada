import { createHash, randomUUID } from 'node:crypto';

import type Redis from 'ioredis';

import type { FinishedRecord, IdempotencyRecord, RunningRecord } from './idempotency-record';

/** Long enough for any creating request; short enough that a crashed instance's claim soon frees. */
export const CLAIM_TTL_MS = 60_000;
/** How long an answer is replayed (the API's promise: keys are kept 24 h). */
export const RECORD_TTL_MS = 86_400_000;

// Claiming and finishing must each be one atomic step: two instances racing for a key, or a slow
// request whose claim expired and was taken by a retry, must never overwrite each other's record.
const CLAIM = `
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false`;
const FINISH_IF_STILL_CLAIMED = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;
const RELEASE_IF_STILL_CLAIMED = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])`;

/** A key this request owns until it finishes or releases it. */
export interface Claim {
  redisKey: string;
  value: string;
}

export type ClaimOutcome = { claimed: Claim } | { existing: IdempotencyRecord };

/** Idempotency records in Redis, so every web instance sees the same keys. */
export class IdempotencyStore {
  constructor(private readonly redis: Redis) {}

  async claim(scope: string, key: string, fingerprint: string): Promise<ClaimOutcome> {
    // The key is hashed: it is the client's secret-ish value and may hold any characters.
    const redisKey = `idempotency:${scope}:${createHash('sha256').update(key).digest('hex')}`;
    const running: RunningRecord = { state: 'running', fingerprint, claim: randomUUID() };
    const value = JSON.stringify(running);
    const existing = await this.redis.eval(CLAIM, 1, redisKey, value, CLAIM_TTL_MS);
    if (typeof existing === 'string') return { existing: JSON.parse(existing) };
    return { claimed: { redisKey, value } };
  }

  /** False when the claim expired meanwhile: the record is someone else's now. */
  async finish(claim: Claim, record: FinishedRecord): Promise<boolean> {
    const args = [claim.value, JSON.stringify(record), RECORD_TTL_MS];
    return (await this.redis.eval(FINISH_IF_STILL_CLAIMED, 1, claim.redisKey, ...args)) === 1;
  }

  /** Forgets the attempt, so the client may retry with the same key. */
  async release(claim: Claim): Promise<void> {
    await this.redis.eval(RELEASE_IF_STILL_CLAIMED, 1, claim.redisKey, claim.value);
  }
}
