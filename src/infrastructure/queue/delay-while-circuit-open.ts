import { DelayedError, type Job } from 'bullmq';

import { OutboundFailure } from '../resilience/outbound-failure';

/** Jobs that find a breaker open wake up spread over this share of the wait, not all at once. */
const WAKE_UP_JITTER = 0.2;

/**
 * Whether `error` says a dependency's breaker was open when the job called it: the call was not
 * made, so the job has learnt nothing about its own work and should not spend an attempt on it.
 */
export function isCircuitOpenFor(error: unknown, dependency: string): error is OutboundFailure {
  return error instanceof OutboundFailure && error.isCircuitOpen && error.dependency === dependency;
}

/**
 * Moves the running job back to "delayed" until about when the fleet's breaker may half-open
 * (the failure says when; else `resetMs`), then throws DelayedError so the worker lets go of it.
 * Moving it this way uses none of its attempts, and runs it again in full when it comes back (its
 * steps are idempotent). The same as Slack deliveries do (notifications/jobs/slack-delivery.ts).
 */
export async function delayWhileCircuitOpen(
  job: Job,
  failure: OutboundFailure,
  resetMs: number,
): Promise<never> {
  const base = failure.details.retryAfterMs ?? resetMs;
  const delayMs = Math.round(Math.max(base, 100) * (1 + Math.random() * WAKE_UP_JITTER));
  if (job.token === undefined) throw new Error('circuit open, and the job has no lock token');
  await job.log(`${failure.dependency} circuit open: delayed by ${delayMs} ms, no attempt used`);
  await job.moveToDelayed(Date.now() + delayMs, job.token);
  throw new DelayedError();
}
