import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import type { Repository } from 'typeorm';

import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { ThrottledErrorLog } from '../../../infrastructure/observability/logging/throttled-error-log';
import { REDIS } from '../../../infrastructure/redis/redis.tokens';
import type { FxRate } from '../domain/fx-rate';
import { parsed } from './fresh-rates.cache';
import { lastKnownRateKey } from './fx-rate-keys';
import { FxRateEntity } from './fx-rate.entity';

// Never replace a rate with an older one (two instances fetching at once, a slow write).
const UPSERT_UNLESS_OLDER = `
  INSERT INTO billing.fx_rates (currency, rate, rate_date, fetched_at, seeded)
  VALUES ($1, $2, $3, $4, false)
  ON CONFLICT (currency) DO UPDATE
     SET rate = excluded.rate, rate_date = excluded.rate_date,
         fetched_at = excluded.fetched_at, seeded = false
   WHERE billing.fx_rates.seeded OR billing.fx_rates.fetched_at <= excluded.fetched_at`;

/**
 * The last rate known per currency, with no expiry: in Redis (fast, shared) and in Postgres (survives
 * a Redis flush; seeded by a migration). Failures here degrade the fallback, never the live quote.
 */
@Injectable()
export class LastKnownRates {
  private readonly errors = new ThrottledErrorLog(new Logger('LastKnownRates'), 'last-known rates');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @InjectRepository(FxRateEntity) private readonly rows: Repository<FxRateEntity>,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async find(currency: string): Promise<FxRate | undefined> {
    const cached = await this.redis
      .get(lastKnownRateKey(currency))
      .then(parsed, (error: Error) => this.errors.record(error));
    if (cached) return cached;
    const stored = await this.fromPostgres(currency);
    if (stored) await this.keepInRedis(stored);
    return stored;
  }

  async remember(rate: FxRate): Promise<void> {
    await Promise.all([
      this.keepInRedis(rate),
      this.unitOfWork
        .run(null, (manager) =>
          manager.query(UPSERT_UNLESS_OLDER, [rate.currency, rate.rate, rate.date, rate.fetchedAt]),
        )
        .catch((error: Error) => this.errors.record(error)),
    ]);
  }

  private async fromPostgres(currency: string): Promise<FxRate | undefined> {
    try {
      const row = await this.rows.findOneBy({ currency });
      if (!row) return undefined;
      return {
        currency,
        rate: normalised(row.rate),
        date: row.rateDate,
        fetchedAt: row.fetchedAt.toISOString(),
      };
    } catch (error) {
      this.errors.record(error as Error);
      return undefined;
    }
  }

  private async keepInRedis(rate: FxRate): Promise<void> {
    await this.redis
      .set(lastKnownRateKey(rate.currency), JSON.stringify(rate))
      .catch((error: Error) => this.errors.record(error));
  }
}

/** numeric comes back as "0.94" or "0.9400": the same rate, one spelling. */
function normalised(rate: string): string {
  return rate.includes('.') ? rate.replace(/\.?0+$/, '') : rate;
}
