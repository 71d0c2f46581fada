import type { PlanId } from '../../domain/plans';
import type { RateSource } from '../fx-rates/fx-rates';

/** A plan's price per seat and month in a currency (docs/BILLING.md). */
export interface Quote {
  plan: PlanId;
  currency: string;
  /** Decimal string with the currency's ISO 4217 minor-unit digits: "11.28", JPY "1875". */
  amount: string;
  /** The catalogue price, "12.00". */
  usdAmount: string;
  /** Units of `currency` per 1 USD. */
  rate: number;
  /** The day the rate is for (YYYY-MM-DD). */
  rateAsOf: string;
  /** True when the FX API could not be asked and the last known rate was used. */
  stale: boolean;
  source: RateSource;
}
