import { ApiProperty } from '@nestjs/swagger';

import {
  type ChecklistStep,
  type OnboardingChecklist,
  ONBOARDING_STEPS,
  type OnboardingStep,
  type StepState,
} from '../domain/onboarding-steps';

/**
 * The checklist's OpenAPI schema. The types live in domain/ (plain code, without Nest); these
 * classes implement them, so the compiler keeps the two in step.
 */
export class OnboardingStepView implements ChecklistStep {
  @ApiProperty({ enum: ONBOARDING_STEPS, enumName: 'OnboardingStep', example: 'invite-member' })
  step!: OnboardingStep;

  @ApiProperty({
    enum: ['open', 'done', 'skipped'] satisfies StepState[],
    enumName: 'OnboardingStepState',
    example: 'done',
  })
  state!: StepState;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the step was closed; null while open',
    example: '2026-03-02T10:00:00.000Z',
  })
  at!: string | null;
}

export class OnboardingChecklistView implements OnboardingChecklist {
  @ApiProperty({ type: [OnboardingStepView], description: 'Every step, in the order to show them' })
  steps!: OnboardingStepView[];

  @ApiProperty({ description: 'No step is open (each is done or skipped)', example: false })
  completed!: boolean;

  @ApiProperty({ description: 'The caller hid the checklist for good', example: false })
  dismissed!: boolean;
}
