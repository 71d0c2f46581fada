import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Validate, ValidatorConstraint } from 'class-validator';
import type { ValidatorConstraintInterface } from 'class-validator';

import { isCurrencyInUse } from '../../domain/currency-codes';
import { PLAN_IDS, type PlanId } from '../../domain/plans';

/** Three upper-case letters, and a code ISO 4217 has in use: one rule, so one message. */
@ValidatorConstraint({ name: 'isCurrencyInUse' })
class IsCurrencyInUse implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && /^[A-Z]{3}$/.test(value) && isCurrencyInUse(value);
  }
  defaultMessage(): string {
    return 'currency must be an ISO 4217 code in use: three upper-case letters, e.g. EUR';
  }
}

export class QuoteRequestDto {
  @ApiProperty({ enum: PLAN_IDS, enumName: 'PlanId', example: 'team' })
  @IsIn(PLAN_IDS, { message: `plan must be one of: ${PLAN_IDS.join(', ')}` })
  plan!: PlanId;

  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code in use' })
  @Validate(IsCurrencyInUse)
  currency!: string;
}
