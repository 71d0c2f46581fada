import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { ThrottledErrorLog } from '../../../infrastructure/observability/logging/throttled-error-log';
import { REDIS } from '../../../infrastructure/redis/redis.tokens';
import { unknownCurrencyKey } from './fx-rate-keys';

/**
 * Currencies the FX API answered "not offered" for (and tenfold never had a rate for), shared by
 * every instance for FX_UNKNOWN_CURRENCY_CACHE_SECONDS: a repeated quote for one is refused
 * without another FX call. A Redis failure is a miss: the FX API is asked, as before.
 */
@Injectable()
export class UnknownCurrencies {
  private readonly errors = new ThrottledErrorLog(
    new Logger('UnknownCurrencies'),
    'unknown currency cache',
  );

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async has(currency: string): Promise<boolean> {
    try {
      return (await this.redis.exists(unknownCurrencyKey(currency))) === 1;
    } catch (error) {
      this.errors.record(error as Error);
      return false;
    }
  }

  async remember(currency: string): Promise<void> {
    const ttl = this.config.billing.fxUnknownCurrencyCacheSeconds;
    await this.redis
      .set(unknownCurrencyKey(currency), '1', 'EX', ttl)
      .catch((error: Error) => this.errors.record(error));
  }
}
