import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { ThrottledErrorLog } from '../../../infrastructure/observability/logging/throttled-error-log';
import { REDIS } from '../../../infrastructure/redis/redis.tokens';
import { type FxRate, isFxRate } from '../domain/fx-rate';
import { freshRateKey } from './fx-rate-keys';

/**
 * Cache-aside for live rates, shared by every instance, expiring after FX_CACHE_SECONDS. A Redis
 * failure is a cache miss, not a failed quote.
 */
@Injectable()
export class FreshRatesCache {
  private readonly errors = new ThrottledErrorLog(new Logger('FreshRatesCache'), 'fx rate cache');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async get(currency: string): Promise<FxRate | undefined> {
    try {
      return parsed(await this.redis.get(freshRateKey(currency)));
    } catch (error) {
      this.errors.record(error as Error);
      return undefined;
    }
  }

  async put(rate: FxRate): Promise<void> {
    const ttl = this.config.billing.fxCacheSeconds;
    await this.redis
      .set(freshRateKey(rate.currency), JSON.stringify(rate), 'EX', ttl)
      .catch((error: Error) => this.errors.record(error));
  }
}

export function parsed(text: string | null): FxRate | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isFxRate(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
