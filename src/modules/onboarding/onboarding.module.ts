import { Module } from '@nestjs/common';

import { OnboardingProgress } from './application/onboarding-progress';
import { OnboardingProgressStore } from './persistence/onboarding-progress.store';

/** Providers both processes share: progress in Redis and publishing its completion. */
@Module({
  providers: [OnboardingProgressStore, OnboardingProgress],
  exports: [OnboardingProgressStore, OnboardingProgress],
})
export class OnboardingModule {}
