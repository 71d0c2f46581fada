import { ApiProperty } from '@nestjs/swagger';

import { PLAN_IDS, type PlanId } from '../../domain/plans';
import { RATE_SOURCES, type RateSource } from '../fx-rates/fx-rates';

/** A plan's price per seat and month in a currency (docs/BILLING.md). */
export class Quote {
  @ApiProperty({ enum: PLAN_IDS, enumName: 'PlanId', example: 'team' })
  plan!: PlanId;

  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' })
  currency!: string;

  /** Decimal string with the currency's ISO 4217 minor-unit digits: "11.28", JPY "1875". */
  @ApiProperty({
    example: '11.28',
    description:
      "Per seat and month, as a decimal string with the currency's ISO 4217 minor-unit digits " +
      '("11.28"; JPY "1875")',
  })
  amount!: string;

  /** The catalogue price, "12.00". */
  @ApiProperty({ example: '12.00', description: 'The catalogue price in USD' })
  usdAmount!: string;

  /** Units of `currency` per 1 USD. */
  @ApiProperty({ example: 0.94, description: 'Units of currency per 1 USD' })
  rate!: number;

  /** The day the rate is for (YYYY-MM-DD). */
  @ApiProperty({ example: '2026-03-13', format: 'date', description: 'The day the rate is for' })
  rateAsOf!: string;

  /** True when the FX API could not be asked and the last known rate was used. */
  @ApiProperty({
    example: false,
    description: 'True when the FX API could not be asked and the last known rate was used',
  })
  stale!: boolean;

  @ApiProperty({ enum: RATE_SOURCES, enumName: 'RateSource', example: 'cache' })
  source!: RateSource;
}
