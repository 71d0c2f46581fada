import { isDatabaseUnavailable } from '../../infrastructure/database/database-unavailable';
import { isRedisUnavailable } from '../../infrastructure/redis/redis-unavailable';
import type { ProblemDetails } from './problem-details';

interface Outage {
  code: string;
  detail: string;
  retryAfterSeconds: number;
}

// Seconds a client should wait: a Redis restart takes about a second; a Postgres restart or a
// failover a few. Names the kind of dependency only, never a host, port or message.
const DATABASE: Outage = {
  code: 'database-unavailable',
  detail: 'The database is unavailable; retry shortly.',
  retryAfterSeconds: 5,
};
const SESSION_STORE: Outage = {
  code: 'session-store-unavailable',
  detail: 'The session store is unavailable; retry shortly.',
  retryAfterSeconds: 2,
};

/**
 * A request that failed because Redis or Postgres is unreachable answers 503 with Retry-After
 * (docs/RESILIENCE.md, "Outages"): the client may retry; a 500 would say the request is at fault.
 */
export function outageProblem(
  error: unknown,
  requestId: string | undefined,
): { body: ProblemDetails; headers: Record<string, string> } | undefined {
  const outage = isRedisUnavailable(error)
    ? SESSION_STORE
    : isDatabaseUnavailable(error)
      ? DATABASE
      : undefined;
  if (!outage) return undefined;
  return {
    body: {
      type: `urn:tenfold:problem:${outage.code}`,
      title: 'Service Unavailable',
      status: 503,
      detail: outage.detail,
      requestId,
    },
    headers: { 'Retry-After': String(outage.retryAfterSeconds) },
  };
}
