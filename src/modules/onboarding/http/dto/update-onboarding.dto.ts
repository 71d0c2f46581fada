import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';

import { ONBOARDING_STEPS } from '../../domain/onboarding-steps';

export class UpdateOnboardingDto {
  // Inline, without enumName: test/abuse finds a body's string fields by their inline type.
  @ApiPropertyOptional({
    description:
      'Steps to skip. A done step stays done; skipping twice changes nothing. An unknown step ' +
      'is 400 unknown-onboarding-step.',
    enum: ONBOARDING_STEPS,
    isArray: true,
    maxItems: ONBOARDING_STEPS.length * 2,
    example: ['connect-slack'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ONBOARDING_STEPS.length * 2)
  @IsString({ each: true })
  skip?: string[];

  @ApiPropertyOptional({
    description:
      'true hides the checklist for good (it cannot be undismissed); false changes nothing.',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  dismiss?: boolean;
}
