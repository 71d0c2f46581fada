import { createHash } from 'node:crypto';

import { normalizeIp } from '@nestjs/throttler';

interface TrackedRequest {
  ip?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Probes, metrics and admin pages are never throttled (/docs and /admin never reach guards anyway). */
const UNTHROTTLED_PATH = /^\/(health\/|metrics(\/|$|\?)|docs|admin)/;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whose budget a request draws on: its bearer token (hashed, never stored raw), else its IP. */
export function clientTrackerOf(request: TrackedRequest): string {
  const authorization = request.headers.authorization;
  const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
  if (token) return `token:${sha256(token)}`;
  return `ip:${normalizeIp(request.ip ?? 'unknown')}`;
}

export function isUnthrottled(request: TrackedRequest): boolean {
  return UNTHROTTLED_PATH.test(request.url ?? '');
}
