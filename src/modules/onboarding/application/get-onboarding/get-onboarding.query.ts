import { Query } from '@nestjs/cqrs';

import type { OnboardingChecklist } from '../../domain/onboarding-steps';

export interface GetOnboardingProps {
  readonly workspaceId: string;
  /** The signed-in user: the checklist is their own. */
  readonly actorId: string;
}

export class GetOnboardingQuery extends Query<OnboardingChecklist> {
  constructor(readonly props: GetOnboardingProps) {
    super();
  }
}
