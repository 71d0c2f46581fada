import { Command } from '@nestjs/cqrs';

import type { OnboardingChecklist } from '../../domain/onboarding-steps';

export interface UpdateOnboardingProps {
  readonly workspaceId: string;
  /** The signed-in user: the checklist is their own. */
  readonly actorId: string;
  /** Unvalidated: the handler names unknown steps in its 400. */
  readonly skip: readonly string[];
  readonly dismiss: boolean;
}

export class UpdateOnboardingCommand extends Command<OnboardingChecklist> {
  constructor(readonly props: UpdateOnboardingProps) {
    super();
  }
}
