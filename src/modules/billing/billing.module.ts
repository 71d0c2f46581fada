import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { FxApiClient } from './application/fx-rates/fx-api.client';
import { FxRates } from './application/fx-rates/fx-rates';
import { FreshRatesCache } from './persistence/fresh-rates.cache';
import { FxRateEntity } from './persistence/fx-rate.entity';
import { LastKnownRates } from './persistence/last-known-rates';

/** The module's schema (`billing`) and its FX rate sources. */
@Module({
  imports: [TypeOrmModule.forFeature([FxRateEntity])],
  providers: [FxApiClient, FreshRatesCache, LastKnownRates, FxRates],
  exports: [FxRates],
})
export class BillingModule {}
