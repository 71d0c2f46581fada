import { DomainError } from '../../../common/errors/domain-error';

export class UnknownOnboardingStep extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'unknown-onboarding-step';

  constructor(readonly steps: string[]) {
    super(`Unknown onboarding step(s): ${steps.join(', ')}`);
  }
}
