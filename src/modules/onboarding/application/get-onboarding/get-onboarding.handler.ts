import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { checklistOf, type OnboardingChecklist } from '../../domain/onboarding-steps';
import { OnboardingProgressStore } from '../../persistence/onboarding-progress.store';
import { GetOnboardingQuery } from './get-onboarding.query';

@QueryHandler(GetOnboardingQuery)
export class GetOnboardingHandler implements IQueryHandler<GetOnboardingQuery> {
  constructor(private readonly store: OnboardingProgressStore) {}

  async execute({
    props: { workspaceId, actorId },
  }: GetOnboardingQuery): Promise<OnboardingChecklist> {
    return checklistOf(await this.store.read(workspaceId, actorId));
  }
}
