import type { Job } from 'bullmq';

import type { QueueName } from '../queue-names';

/** What `GET /v1/jobs/{id}` answers (docs/JOBS.md). */
export interface JobStatus {
  id: string;
  queue: QueueName;
  name: string;
  /** BullMQ's state: waiting, delayed, prioritized, active, completed, failed, … */
  state: string;
  /** 0–100. */
  progress: number;
  /** Attempts made so far. */
  attempts: number;
  maxAttempts: number;
  /** The job's return value; producers make it carry links (e.g. a download URL). */
  result: unknown;
  failedReason: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export const FINISHED_STATES: ReadonlySet<string> = new Set(['completed', 'failed']);

export function toJobStatus(job: Job, queue: QueueName, state: string): JobStatus {
  return {
    id: job.id ?? '',
    queue,
    name: job.name,
    state,
    progress: progressOf(job),
    attempts: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    result: job.returnvalue ?? null,
    failedReason: job.failedReason || null,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

/** BullMQ allows any JSON as progress; clients get a whole number in 0–100. */
export function progressOf(job: Job): number {
  const progress = typeof job.progress === 'number' ? job.progress : 0;
  return Math.min(100, Math.max(0, Math.round(progress)));
}
