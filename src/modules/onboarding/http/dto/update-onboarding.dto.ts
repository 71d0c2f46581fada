import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';

import { ONBOARDING_STEPS } from '../../domain/onboarding-steps';

export class UpdateOnboardingDto {
  @ApiPropertyOptional({
    description: 'Steps to skip. A done step stays done; skipping twice changes nothing.',
    enum: ONBOARDING_STEPS,
    isArray: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ONBOARDING_STEPS.length * 2)
  @IsString({ each: true })
  skip?: string[];

  @ApiPropertyOptional({ description: 'Hide the checklist for good (it cannot be undismissed).' })
  @IsOptional()
  @IsBoolean()
  dismiss?: boolean;
}
