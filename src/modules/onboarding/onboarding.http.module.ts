import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { GetOnboardingHandler } from './application/get-onboarding/get-onboarding.handler';
import { UpdateOnboardingHandler } from './application/update-onboarding/update-onboarding.handler';
import { OnboardingController } from './http/onboarding.controller';
import { OnboardingModule } from './onboarding.module';

/** The caller's checklist: read it, skip steps, dismiss it. */
@Module({
  imports: [OnboardingModule],
  controllers: [OnboardingController],
  providers: [ownedByModule('onboarding'), GetOnboardingHandler, UpdateOnboardingHandler],
})
export class OnboardingHttpModule {}
