import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { BreakerRegistry } from './breaker-registry';
import { type DependencySettings, settingsOf } from './dependency-settings';
import { OutboundFailure } from './outbound-failure';
import type { OutboundRequest, OutboundResponse } from './outbound-request';
import { sendOnce } from './send-once';

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const BACKOFF_BASE_MS = 100;
const BACKOFF_MAX_MS = 2_000;

/**
 * The one way tenfold calls an external service: every call has a timeout, goes through the
 * dependency's circuit breaker (shared by the fleet through Redis), and is retried with jittered
 * backoff only when it is idempotent and failed in a retryable way. No call is made directly
 * (docs/RESILIENCE.md).
 */
@Injectable()
export class OutboundHttp {
  constructor(
    private readonly breakers: BreakerRegistry,
    private readonly config: AppConfig,
  ) {}

  settingsOf(dependency: string): DependencySettings {
    return settingsOf(dependency, this.config.breakers);
  }

  /**
   * Resolves with any answer that is not a failure (2xx–4xx but 408 and 429); rejects with an
   * OutboundFailure otherwise, `circuit-open` included, without a call, while the breaker is open.
   */
  async send(request: OutboundRequest): Promise<OutboundResponse> {
    const settings = this.settingsOf(request.dependency);
    const idempotent = request.idempotent ?? ['GET', 'PUT', 'DELETE'].includes(request.method);
    const maxAttempts = 1 + (idempotent ? settings.retries : 0);
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await this.breakers.run(request.dependency, settings, () =>
          this.attempt(request, request.timeoutMs ?? settings.timeoutMs),
        );
        return { ...answer, latencyMs: performance.now() - started, attempts: attempt };
      } catch (error) {
        const retryable = error instanceof OutboundFailure && !error.isCircuitOpen;
        if (!retryable || attempt >= maxAttempts) throw error;
        await sleep(jitteredBackoff(attempt));
      }
    }
  }

  private async attempt(request: OutboundRequest, timeoutMs: number) {
    const answer = await sendOnce(request, timeoutMs);
    if (RETRYABLE_STATUS.has(answer.status)) {
      throw new OutboundFailure('status', request.dependency, `answered ${answer.status}`, {
        status: answer.status,
        body: answer.body,
        retryAfterMs: retryAfterMs(answer.headers['retry-after']),
      });
    }
    return answer;
  }
}

/** "Full jitter": a random delay up to the exponential cap, so retries of many callers spread. */
function jitteredBackoff(attempt: number): number {
  const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.random() * cap;
}

function retryAfterMs(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
