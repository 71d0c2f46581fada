import { Injectable, Logger } from '@nestjs/common';

import { ThrottledErrorLog } from '../../../../infrastructure/observability/logging/throttled-error-log';
import { OutboundFailure } from '../../../../infrastructure/resilience/outbound-failure';
import { CurrencyNotOffered, FxRateUnavailable } from '../../domain/billing.errors';
import type { FxAnswer, FxRate } from '../../domain/fx-rate';
import { FreshRatesCache } from '../../persistence/fresh-rates.cache';
import { LastKnownRates } from '../../persistence/last-known-rates';
import { UnknownCurrencies } from '../../persistence/unknown-currencies.cache';
import { FxApiClient } from './fx-api.client';

/** Where a rate came from: the FX API now, the fresh cache, or the last known one (stale). */
export const RATE_SOURCES = ['live', 'cache', 'last-known'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

export interface SourcedRate {
  rate: FxRate;
  source: RateSource;
}

/**
 * A USD → currency rate, from the first source that has one: the fresh cache, the FX API, and,
 * when the API fails or answers nonsense, the last known rate (Redis, then Postgres). Only a
 * currency never known while the API is down has no rate (docs/BILLING.md). A currency the API
 * does not offer is remembered as such for a while (UnknownCurrencies), so it costs one call.
 */
@Injectable()
export class FxRates {
  private readonly failures = new ThrottledErrorLog(new Logger('FxRates'), 'live fx rate');
  // stateless-ok: coalesces concurrent misses into one in-flight API call; holds no data once settled
  /** Concurrent misses for one currency share one call (per instance). */
  private readonly inFlight = new Map<string, Promise<SourcedRate>>();

  constructor(
    private readonly fresh: FreshRatesCache,
    private readonly api: FxApiClient,
    private readonly lastKnown: LastKnownRates,
    private readonly unknown: UnknownCurrencies,
  ) {}

  async rateOf(currency: string, { offline = false } = {}): Promise<SourcedRate> {
    const cached = await this.fresh.get(currency);
    if (cached) return { rate: cached, source: 'cache' };
    if (offline) return this.lastKnownOnly(currency);
    let call = this.inFlight.get(currency);
    if (!call) {
      call = this.liveOrLastKnown(currency).finally(() => this.inFlight.delete(currency));
      this.inFlight.set(currency, call);
    }
    return call;
  }

  /** The FX API is not to be called (its breaker is open): the last known rate, or none. */
  private async lastKnownOnly(currency: string): Promise<SourcedRate> {
    const known = await this.lastKnown.find(currency);
    if (known) return { rate: known, source: 'last-known' };
    if (await this.unknown.has(currency)) throw new CurrencyNotOffered(currency);
    throw new FxRateUnavailable(currency, this.api.retryAfterSeconds(undefined));
  }

  private async liveOrLastKnown(currency: string): Promise<SourcedRate> {
    // Only on the way to an FX call (a cached rate pays nothing), and inside the shared call: a
    // request that just missed a call which learnt "not offered" finds it here, not at the API.
    if (await this.unknown.has(currency)) throw new CurrencyNotOffered(currency);
    let answer: FxAnswer;
    let retryAfterMs: number | undefined;
    try {
      answer = await this.api.latest(currency);
    } catch (error) {
      if (!(error instanceof OutboundFailure)) throw error;
      answer = { kind: 'malformed', why: `${error.kind}: ${error.message}` };
      retryAfterMs = error.details.retryAfterMs;
    }
    if (answer.kind === 'rate') {
      const rate = { currency, rate: answer.rate, date: answer.date, fetchedAt: now() };
      await Promise.all([this.fresh.put(rate), this.lastKnown.remember(rate)]);
      return { rate, source: 'live' };
    }
    if (answer.kind === 'malformed') this.failures.record(new Error(`${currency}: ${answer.why}`));
    // A currency once known but now "not offered" points at a broken API more than a gone currency.
    const known = await this.lastKnown.find(currency);
    if (known) return { rate: known, source: 'last-known' };
    if (answer.kind === 'not-offered') {
      await this.unknown.remember(currency);
      throw new CurrencyNotOffered(currency);
    }
    throw new FxRateUnavailable(currency, this.api.retryAfterSeconds(retryAfterMs));
  }
}

const now = () => new Date().toISOString();
