import { Module } from '@nestjs/common';

import { GetOnboardingHandler } from './application/get-onboarding/get-onboarding.handler';
import { UpdateOnboardingHandler } from './application/update-onboarding/update-onboarding.handler';
import { OnboardingController } from './http/onboarding.controller';
import { OnboardingModule } from './onboarding.module';

/** The caller's checklist: read it, skip steps, dismiss it. */
@Module({
  imports: [OnboardingModule],
  controllers: [OnboardingController],
  providers: [GetOnboardingHandler, UpdateOnboardingHandler],
})
export class OnboardingHttpModule {}
