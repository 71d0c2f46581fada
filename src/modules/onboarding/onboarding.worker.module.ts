import { Module } from '@nestjs/common';

import { AdvanceOnboardingConsumer } from './consumers/advance-onboarding.consumer';
import { OnboardingModule } from './onboarding.module';

/** Advances checklists from identity's and projects' events. */
@Module({
  imports: [OnboardingModule],
  providers: [AdvanceOnboardingConsumer],
})
export class OnboardingWorkerModule {}
