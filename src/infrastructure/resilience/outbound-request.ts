import type { LookupFunction } from 'node:net';

export type OutboundMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call to an external service, always through OutboundHttp (docs/RESILIENCE.md). */
export interface OutboundRequest {
  /**
   * The dependency, which names its circuit breaker and its settings: `fx-rates`, `slack`, or
   * `webhook:<endpointId>` (customer webhooks get a breaker per endpoint).
   */
  dependency: string;
  method: OutboundMethod;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Overrides the dependency's timeout for this call (whole request, connect to last byte). */
  timeoutMs?: number;
  /**
   * Whether repeating the call is harmless, which allows retries. Defaults to true for GET, PUT and
   * DELETE, false otherwise.
   */
  idempotent?: boolean;
  /** Resolves the host; the webhooks SSRF guard passes one that only returns vetted addresses. */
  lookup?: LookupFunction;
  /** The response body is cut after this many bytes (default 64 KiB). */
  maxResponseBytes?: number;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Up to maxResponseBytes of the body, as UTF-8. */
  body: string;
  truncated: boolean;
  /** From the first attempt's start to the last attempt's end. */
  latencyMs: number;
  attempts: number;
}
