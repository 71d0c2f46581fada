import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { FxApiClient } from './application/fx-rates/fx-api.client';
import { FxRates } from './application/fx-rates/fx-rates';
import { FreshRatesCache } from './persistence/fresh-rates.cache';
import { FxRateEntity } from './persistence/fx-rate.entity';
import { LastKnownRates } from './persistence/last-known-rates';
import { UnknownCurrencies } from './persistence/unknown-currencies.cache';

/** The module's schema (`billing`) and its FX rate sources. */
@Module({
  imports: [TypeOrmModule.forFeature([FxRateEntity])],
  providers: [FxApiClient, FreshRatesCache, LastKnownRates, UnknownCurrencies, FxRates],
  exports: [FxRates],
})
export class BillingModule {}
