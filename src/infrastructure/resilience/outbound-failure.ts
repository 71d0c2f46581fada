/** Why an external call gave no usable answer. */
export type OutboundFailureKind =
  | 'circuit-open' // the dependency's breaker is open: the call was not made
  | 'timeout' // no complete answer within the timeout
  | 'network' // DNS, connection refused or reset, TLS
  | 'status'; // 408, 429 or 5xx after the retries allowed

/**
 * An external call failed in a way that counts against its dependency (and trips its breaker).
 * Other answers, 4xx included, are not failures: OutboundHttp returns them for the caller to judge.
 */
export class OutboundFailure extends Error {
  constructor(
    readonly kind: OutboundFailureKind,
    readonly dependency: string,
    message: string,
    readonly details: { status?: number; body?: string; retryAfterMs?: number } = {},
  ) {
    super(`${dependency}: ${message}`);
    this.name = 'OutboundFailure';
  }

  get isCircuitOpen(): boolean {
    return this.kind === 'circuit-open';
  }
}
