import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import {
  checklistOf,
  isOnboardingStep,
  type OnboardingChecklist,
} from '../../domain/onboarding-steps';
import { UnknownOnboardingStep } from '../../domain/onboarding.errors';
import { OnboardingProgressStore } from '../../persistence/onboarding-progress.store';
import { OnboardingProgress } from '../onboarding-progress';
import { UpdateOnboardingCommand } from './update-onboarding.command';

/**
 * Skips steps (a done step stays done) and/or dismisses the checklist. Skipping the last open step
 * publishes onboarding.completed.v1, in a unit of work of its own (nothing else here is in
 * Postgres). Repeating the request changes nothing.
 */
@CommandHandler(UpdateOnboardingCommand)
export class UpdateOnboardingHandler implements ICommandHandler<UpdateOnboardingCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly progress: OnboardingProgress,
    private readonly store: OnboardingProgressStore,
  ) {}

  async execute({ props }: UpdateOnboardingCommand): Promise<OnboardingChecklist> {
    const { workspaceId, actorId, skip, dismiss } = props;
    const unknown = skip.filter((step) => !isOnboardingStep(step));
    if (unknown.length > 0) throw new UnknownOnboardingStep(unknown);
    const steps = [...new Set(skip.filter(isOnboardingStep))];
    if (steps.length > 0) {
      await this.unitOfWork.run(actorId, async (manager) => {
        for (const step of steps)
          await this.progress.close(manager, workspaceId, actorId, step, 'skipped');
      });
    }
    if (dismiss) await this.store.dismiss(workspaceId, actorId);
    return checklistOf(await this.store.read(workspaceId, actorId));
  }
}
