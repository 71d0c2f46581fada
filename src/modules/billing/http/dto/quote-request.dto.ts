import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';

import { PLAN_IDS, type PlanId } from '../../domain/plans';

export class QuoteRequestDto {
  @ApiProperty({ enum: PLAN_IDS })
  @IsIn(PLAN_IDS, { message: `plan must be one of: ${PLAN_IDS.join(', ')}` })
  plan!: PlanId;

  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code: three upper-case letters' })
  currency!: string;
}
