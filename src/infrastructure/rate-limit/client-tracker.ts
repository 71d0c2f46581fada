import { createHash } from 'node:crypto';

import { normalizeIp } from '@nestjs/throttler';

interface TrackedRequest {
  ip?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Probes, metrics and admin pages are never throttled (/docs and /admin never reach guards anyway).
 * Tested against the matched route pattern (api-throttler.guard.ts).
 */
const UNTHROTTLED_PATH = /^\/(health\/|metrics(\/|$|\?)|docs|admin)/;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Whose budget a request draws on: its live session's (the id is the token's SHA-256; the token is
 * never stored), else its IP. Only a live session counts: a made-up bearer token would otherwise
 * buy an anonymous client a fresh budget per request.
 */
export function clientTrackerOf(request: TrackedRequest, sessionId: string | undefined): string {
  if (sessionId) return `token:${sessionId}`;
  return `ip:${normalizeIp(request.ip ?? 'unknown')}`;
}

export function isUnthrottled(request: TrackedRequest): boolean {
  return UNTHROTTLED_PATH.test(request.url ?? '');
}
