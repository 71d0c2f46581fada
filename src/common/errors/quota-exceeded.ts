/**
 * A per-workspace quota is spent (docs/SECURITY.md, "Quotas per workspace"), so one tenant cannot
 * starve the others. Count-like quotas (things that exist or run at once) answer 409: waiting
 * for time does not help, finishing or deleting one does. Rate-like quotas (so many per day) carry
 * `retryAfterSeconds` and answer 429 with Retry-After. Not a DomainError: its kinds stop at 409,
 * and the answer carries the limit and the current value as problem extensions.
 */
export class QuotaExceeded extends Error {
  constructor(
    /** Stable, in the problem type: `urn:tenfold:problem:<code>`. */
    readonly code: string,
    readonly limit: number,
    readonly current: number,
    message: string,
    /** Rate-like quotas: when the next request can succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'QuotaExceeded';
  }
}
