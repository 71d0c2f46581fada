import { createHash } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type Redis from 'ioredis';

import { REDIS } from '../redis/redis.tokens';

/**
 * KEYS: the recipient's sorted set. ARGV: job id, time to live (ms). Adds the job after the last
 * one enlisted (score: the last score + 1), unless it is there already (a mail enqueued again
 * under its job id keeps its place). Returns 1 when added, 0 when it was there.
 */
const ENLIST = `
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
local place = 1
if last[2] then place = tonumber(last[2]) + 1 end
redis.call('ZADD', KEYS[1], place, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

/** Longer than any mail stays pending (failed jobs are kept 14 days); refreshed by every enlist. */
const ORDER_TTL_MS = 15 * 24 * 60 * 60 * 1_000;
/** Job states in which a mail will not be sent any more (unknown: removed from the queue). */
const FINISHED = new Set(['completed', 'failed', 'unknown']);

type RedisWithOrder = Redis & {
  enlistMail(key: string, jobId: string, ttlMs: number): Promise<number>;
};

/**
 * Mails to one recipient leave in the order they were enqueued. Each address has a sorted set of
 * the email job ids still to send, in enqueue order (`mail-order:<sha-256 of the address>`: the
 * address itself is not in the key). OutgoingMail enlists a job before it adds it to the queue;
 * SendEmailProcessor sends a job only when no job ahead of it in its recipient's set is still
 * pending, and takes it out once sent or failed for good. Retries, backoff, an open breaker
 * (jobs waking in any order) and several workers therefore never reorder one recipient's mail:
 * a later mail waits for the earlier one (docs/adr/0024-smtp-breaker-and-mail-order.md).
 */
@Injectable()
export class RecipientOrder {
  private readonly logger = new Logger('RecipientOrder');
  private readonly redis: RedisWithOrder;

  constructor(
    @Inject(REDIS) redis: Redis,
    @InjectQueue('email') private readonly queue: Queue,
  ) {
    redis.defineCommand('enlistMail', { numberOfKeys: 1, lua: ENLIST });
    this.redis = redis as RedisWithOrder;
  }

  async enlist(to: string, jobId: string): Promise<void> {
    await this.redis.enlistMail(keyOf(to), jobId, ORDER_TTL_MS);
  }

  /**
   * The id of a mail to the same recipient, enqueued before this one, that is still to be sent;
   * undefined when this job's turn has come (or it was never enlisted: enqueued before ordering
   * existed, or redriven after it failed for good). Mails ahead that are finished (sent, failed for
   * good, removed) are taken out of the set on the way, whoever should have taken them out.
   */
  async pendingAhead(to: string, jobId: string): Promise<string | undefined> {
    const key = keyOf(to);
    const rank = await this.redis.zrank(key, jobId);
    if (rank === null || rank === 0) return undefined;
    for (const ahead of await this.redis.zrange(key, 0, rank - 1)) {
      if (!FINISHED.has(await this.queue.getJobState(ahead))) return ahead;
      await this.redis.zrem(key, ahead);
    }
    return undefined;
  }

  /**
   * Sent, or failed for good: the next mail to the recipient may go. Never throws: a mail that was
   * sent must not be retried (and sent again) because Redis blinked here, and a job left behind
   * once finished is dropped by the next mail that finds it (pendingAhead).
   */
  async leave(to: string, jobId: string): Promise<void> {
    await this.redis.zrem(keyOf(to), jobId).catch((error: unknown) => {
      this.logger.warn(`email job ${jobId} stays in its recipient's order: ${String(error)}`);
    });
  }
}

function keyOf(to: string): string {
  const digest = createHash('sha256').update(to.toLowerCase()).digest('hex');
  return `mail-order:${digest.slice(0, 32)}`;
}
