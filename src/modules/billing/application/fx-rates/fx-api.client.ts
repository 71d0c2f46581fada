import { Injectable } from '@nestjs/common';

import { AppConfig } from '../../../../infrastructure/config/app-config';
import { OutboundHttp } from '../../../../infrastructure/resilience/outbound-http';
import { BASE_CURRENCY, type FxAnswer, readFxAnswer } from '../../domain/fx-rate';

export const FX_DEPENDENCY = 'fx-rates';

/** The FX API (Frankfurter's format), called only through OutboundHttp: timeout, retry, breaker. */
@Injectable()
export class FxApiClient {
  constructor(
    private readonly outbound: OutboundHttp,
    private readonly config: AppConfig,
  ) {}

  /** Rejects with an OutboundFailure when the API is down, slow or open-circuited. */
  async latest(currency: string): Promise<FxAnswer> {
    const url = new URL(`${this.config.billing.fxApiUrl}/latest`);
    url.searchParams.set('base', BASE_CURRENCY);
    url.searchParams.set('symbols', currency);
    const answer = await this.outbound.send({
      dependency: FX_DEPENDENCY,
      method: 'GET',
      url: url.toString(),
      headers: { accept: 'application/json' },
    });
    if (answer.truncated) return { kind: 'malformed', why: 'answer too large' };
    return readFxAnswer(answer.status, answer.body, currency);
  }

  /** How long a caller should wait before the breaker lets a call through again. */
  retryAfterSeconds(failureRetryAfterMs?: number): number {
    const ms = failureRetryAfterMs ?? this.outbound.settingsOf(FX_DEPENDENCY).resetMs;
    return Math.max(1, Math.ceil(ms / 1000));
  }
}
