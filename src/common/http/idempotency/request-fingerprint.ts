import { createHash } from 'node:crypto';

/** What makes two requests "the same request" for an idempotency key. */
export interface FingerprintedRequest {
  method: string;
  /** The concrete path without the query string, e.g. /v1/workspaces/42/projects. */
  path: string;
  body: unknown;
}

/**
 * SHA-256 of method, path and body. The body is canonicalised first, so a client that serialises
 * the same object with its keys in another order is not accused of reusing a key for a new body.
 */
export function requestFingerprint(request: FingerprintedRequest): string {
  return createHash('sha256')
    .update(`${request.method.toUpperCase()} ${request.path}\n`)
    .update(canonicalJson(request.body))
    .digest('hex');
}

/** JSON with object keys sorted at every depth; array order is meaningful and kept. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(withSortedKeys(value)) ?? 'null';
}

function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, nested]) => [key, withSortedKeys(nested)]));
}
