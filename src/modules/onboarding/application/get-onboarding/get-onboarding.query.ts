import { Query } from '@nestjs/cqrs';

import type { OnboardingChecklist } from '../../domain/onboarding-steps';

export class GetOnboardingQuery extends Query<OnboardingChecklist> {
  constructor(
    readonly workspaceId: string,
    readonly userId: string,
  ) {
    super();
  }
}
