import { DelayedError, type Job } from 'bullmq';

/** Postponed jobs wake up spread over this share of their wait, so they do not all come back at once. */
const JITTER = 0.2;
/** Never closer than this: a job that comes straight back would only spin. */
const MIN_DELAY_MS = 100;

/**
 * Hands the running job back to the queue as "delayed" for about `waitMs` (plus up to 20 %
 * jitter), without using one of its attempts: for a job that did not try its work at all (a breaker
 * open, its turn not come). Logs `<reason>: delayed by … ms without using an attempt` on the job,
 * and throws the DelayedError that tells BullMQ the move is done; let it propagate.
 */
export async function postponeJob(job: Job, waitMs: number, reason: string): Promise<never> {
  const delayMs = Math.round(Math.max(waitMs, MIN_DELAY_MS) * (1 + Math.random() * JITTER));
  if (job.token === undefined) throw new Error(`${reason}, and the job has no lock token`);
  await job.log(`${reason}: delayed by ${delayMs} ms without using an attempt`);
  await job.moveToDelayed(Date.now() + delayMs, job.token);
  throw new DelayedError();
}
