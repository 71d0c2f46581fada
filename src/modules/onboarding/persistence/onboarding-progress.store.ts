import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { REDIS } from '../../../infrastructure/redis/redis.tokens';
import {
  type ClosedState,
  DISMISSED_FIELD,
  ONBOARDING_STEPS,
  type OnboardingStep,
} from '../domain/onboarding-steps';

/** Progress and the creator memo live 90 days after their last change. */
export const ONBOARDING_TTL_SECONDS = 90 * 24 * 60 * 60;

export const progressKey = (workspaceId: string, userId: string) =>
  `onboarding:${workspaceId}:${userId}`;
export const creatorKey = (workspaceId: string) => `onboarding:${workspaceId}:creator`;

/**
 * Closes one step, idempotently, and says whether any step is still open, atomically (one script):
 * an open step becomes ARGV[2]; a skipped step may still become done; a done step never changes.
 * So a redelivered event, or a skip sent twice, changes nothing (not even the time). Who publishes
 * onboarding.completed.v1 is decided in Postgres (OnboardingProgress), with the event's outbox row.
 * KEYS: progress hash. ARGV: step, state, at, ttl, ...all steps. Answers { changed, allClosed }.
 */
const CLOSE_STEP = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
local changed = 0
if (not current) or (current == 'skipped' and ARGV[2] == 'done') then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2], ARGV[1] .. ':at', ARGV[3])
  redis.call('EXPIRE', KEYS[1], ARGV[4])
  changed = 1
end
for i = 5, #ARGV do
  if not redis.call('HGET', KEYS[1], ARGV[i]) then return {changed, 0} end
end
return {changed, 1}
`;

export interface CloseOutcome {
  changed: boolean;
  /** No step is open any more (closed now or before): completion may be due. */
  allClosed: boolean;
}

/** Per-user onboarding progress per workspace, in Redis (keys are prefixed by the client). */
@Injectable()
export class OnboardingProgressStore {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async read(workspaceId: string, userId: string): Promise<Record<string, string>> {
    return this.redis.hgetall(progressKey(workspaceId, userId));
  }

  async close(
    workspaceId: string,
    userId: string,
    step: OnboardingStep,
    state: ClosedState,
    at = new Date().toISOString(),
  ): Promise<CloseOutcome> {
    const [changed, allClosed] = (await this.redis.eval(
      CLOSE_STEP,
      1,
      progressKey(workspaceId, userId),
      step,
      state,
      at,
      ONBOARDING_TTL_SECONDS,
      ...ONBOARDING_STEPS,
    )) as [number, number];
    return { changed: changed === 1, allClosed: allClosed === 1 };
  }

  async dismiss(workspaceId: string, userId: string, at = new Date().toISOString()): Promise<void> {
    const key = progressKey(workspaceId, userId);
    await this.redis
      .multi()
      .hsetnx(key, DISMISSED_FIELD, at)
      .expire(key, ONBOARDING_TTL_SECONDS)
      .exec();
  }

  /** The first (workspace-created) joiner of a workspace; set once, never overwritten. */
  async rememberCreator(workspaceId: string, userId: string): Promise<void> {
    await this.redis.set(creatorKey(workspaceId), userId, 'EX', ONBOARDING_TTL_SECONDS, 'NX');
  }

  async creatorOf(workspaceId: string): Promise<string | null> {
    return this.redis.get(creatorKey(workspaceId));
  }
}
