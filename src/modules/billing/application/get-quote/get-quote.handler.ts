import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { BASE_CURRENCY, type FxRate } from '../../domain/fx-rate';
import { convertUsdCents, currencyExponent, formatMinorUnits } from '../../domain/money';
import { usdCentsOf } from '../../domain/plans';
import { FxRates, type SourcedRate } from '../fx-rates/fx-rates';
import { GetQuoteQuery } from './get-quote.query';
import type { Quote } from './quote';

/** Prices a plan in a currency; USD needs no rate, any other currency falls back as FxRates does. */
@QueryHandler(GetQuoteQuery)
export class GetQuoteHandler implements IQueryHandler<GetQuoteQuery> {
  constructor(private readonly rates: FxRates) {}

  async execute({ props }: GetQuoteQuery): Promise<Quote> {
    const { plan, currency, offline = false } = props;
    const usdCents = usdCentsOf(plan);
    const { rate, source } =
      currency === BASE_CURRENCY ? identity() : await this.rates.rateOf(currency, { offline });
    const exponent = currencyExponent(currency);
    return {
      plan,
      currency,
      amount: formatMinorUnits(convertUsdCents(usdCents, rate.rate, exponent), exponent),
      usdAmount: formatMinorUnits(BigInt(usdCents), 2),
      rate: Number(rate.rate),
      rateAsOf: rate.date,
      stale: source === 'last-known',
      source,
    };
  }
}

function identity(): SourcedRate {
  const now = new Date().toISOString();
  const rate: FxRate = {
    currency: BASE_CURRENCY,
    rate: '1',
    date: now.slice(0, 10),
    fetchedAt: now,
  };
  return { rate, source: 'live' };
}
