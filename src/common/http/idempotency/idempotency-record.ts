import type { ProblemDetails } from '../problem-details';

/** What Redis holds under an idempotency key, as JSON. */
export type IdempotencyRecord = RunningRecord | SucceededRecord | FailedRecord;

/** The first request is executing. `claim` is unique per attempt, so only its owner finishes it. */
export interface RunningRecord {
  state: 'running';
  fingerprint: string;
  claim: string;
}

/** The first request succeeded; replays answer exactly this. */
export interface SucceededRecord {
  state: 'succeeded';
  fingerprint: string;
  status: number;
  body: unknown;
  location?: string;
}

/** The first request was refused with a 4xx; the same request would be refused the same way. */
export interface FailedRecord {
  state: 'failed';
  fingerprint: string;
  status: number;
  /** As rendered, without requestId and instance: those belong to each request. */
  problem: ProblemDetails;
  headers: Record<string, string>;
}

export type FinishedRecord = SucceededRecord | FailedRecord;
