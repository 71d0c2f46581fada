import type { QuotaExceeded } from '../errors/quota-exceeded';
import type { ProblemDetails } from './problem-details';

/**
 * QuotaExceeded → 409 (count-like) or 429 with Retry-After (rate-like), naming the limit and the
 * current value so a client can tell "wait" from "clean up" without parsing the detail.
 */
export function quotaProblem(
  error: QuotaExceeded,
  requestId: string | undefined,
): { body: ProblemDetails; headers: Record<string, string> } {
  const rateLike = error.retryAfterSeconds !== undefined;
  const retryAfter = rateLike ? Math.max(1, Math.ceil(error.retryAfterSeconds!)) : undefined;
  return {
    body: {
      type: `urn:tenfold:problem:${error.code}`,
      title: rateLike ? 'Too Many Requests' : 'Conflict',
      status: rateLike ? 429 : 409,
      detail: error.message,
      requestId,
      limit: error.limit,
      current: error.current,
      ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
    },
    headers: retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) },
  };
}
