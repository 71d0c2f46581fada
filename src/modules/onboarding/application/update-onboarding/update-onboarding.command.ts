import { Command } from '@nestjs/cqrs';

import type { OnboardingChecklist } from '../../domain/onboarding-steps';

export class UpdateOnboardingCommand extends Command<OnboardingChecklist> {
  constructor(
    readonly workspaceId: string,
    readonly userId: string,
    /** Unvalidated: the handler names unknown steps in its 400. */
    readonly skip: readonly string[],
    readonly dismiss: boolean,
  ) {
    super();
  }
}
