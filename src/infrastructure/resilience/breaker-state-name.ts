/** A breaker's state as callers and metrics name it. */
export type BreakerStateName = 'closed' | 'open' | 'half-open';
