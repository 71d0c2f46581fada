/** What one try at sending a delivery came to. */
export type AttemptResult =
  | { kind: 'delivered'; status: number; body: string; latencyMs: number }
  | { kind: 'gone'; status: number; body: string; latencyMs: number }
  | { kind: 'failed'; error: string; status?: number; body?: string; latencyMs?: number }
  /** The endpoint's breaker is open: nothing was sent; try again when it lets a probe through. */
  | { kind: 'circuit-open'; retryInMs: number };

export const RESPONSE_BODY_MAX = 2048;
