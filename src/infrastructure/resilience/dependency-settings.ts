import type { AppConfig } from '../config/app-config';

/** How tenfold calls one external dependency: its timeout, retries and circuit breaker. */
export interface DependencySettings {
  /** Whole request, connect to last byte. */
  timeoutMs: number;
  /** Extra attempts for idempotent calls after a retryable failure (jittered exponential backoff). */
  retries: number;
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long the breaker stays open before one probe is let through (fleet-wide). */
  resetMs: number;
}

/**
 * Defaults per dependency; BREAKER_SETTINGS overrides any of them, e.g.
 * `{"fx-rates":{"failureThreshold":3,"resetMs":5000}}`. Customer webhooks share the `webhook`
 * entry, each endpoint with a breaker of its own.
 */
export const DEPENDENCY_DEFAULTS: Record<string, DependencySettings> = {
  // A quote waits for FX: short timeout, a retry (GET), quick to open, back to probing soon.
  'fx-rates': { timeoutMs: 2_000, retries: 1, failureThreshold: 5, resetMs: 10_000 },
  // Runs in a job: the job's own retries and delay do the waiting; no retries of a POST here.
  slack: { timeoutMs: 5_000, retries: 0, failureThreshold: 5, resetMs: 30_000 },
  // Standard Webhooks receivers get 15 s; retries follow the delivery schedule (days), not this.
  webhook: { timeoutMs: 15_000, retries: 0, failureThreshold: 5, resetMs: 60_000 },
  // The SMTP relay, from the email queue's jobs: one whole send (a pooled connection, greeting,
  // envelope, body) within the timeout; nodemailer's own timeouts are cut to fit inside it
  // (smtp-transport.ts). No retries here: the job's attempts are the retries.
  smtp: { timeoutMs: 15_000, retries: 0, failureThreshold: 5, resetMs: 30_000 },
  // Object storage (ObjectStorage): the timeout counts only while S3 is what is awaited, so a
  // slow client's upload is not S3's failure. No retries: jobs retry with backoff, routes answer
  // 503 and the client retries; the SDK itself makes one attempt (docs/adr/0004).
  s3: { timeoutMs: 5_000, retries: 0, failureThreshold: 5, resetMs: 15_000 },
};

export const FALLBACK_SETTINGS: DependencySettings = {
  timeoutMs: 5_000,
  retries: 0,
  failureThreshold: 5,
  resetMs: 30_000,
};

/** The defaults of the dependency's settings entry, with BREAKER_SETTINGS' overrides on top. */
export function dependencySettingsOf(config: AppConfig, dependency: string): DependencySettings {
  const key = settingsKeyOf(dependency);
  return { ...(DEPENDENCY_DEFAULTS[key] ?? FALLBACK_SETTINGS), ...config.breakers[key] };
}

/** `webhook:<endpointId>` → `webhook`: the settings entry a dependency name falls under. */
export function settingsKeyOf(dependency: string): string {
  return dependency.split(':')[0];
}
