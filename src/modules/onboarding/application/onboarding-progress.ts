import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { newEventMetadata } from '../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../infrastructure/events/event-outbox';
import { OnboardingCompletedV1 } from '../contracts/onboarding-completed.event';
import { checklistOf, type ClosedState, type OnboardingStep } from '../domain/onboarding-steps';
import {
  type CloseOutcome,
  OnboardingProgressStore,
} from '../persistence/onboarding-progress.store';

/**
 * Closes steps and publishes onboarding.completed.v1 once per member and workspace.
 *
 * Progress is in Redis, outside the Postgres transaction that `manager` belongs to (the
 * consumer's inbox transaction, or the PATCH's unit of work); the step write is idempotent, so a
 * redelivery or retry changes nothing. Completion is decided in that transaction: a row in
 * onboarding.completions (primary key: workspace, user) is inserted with the event's outbox row,
 * and only the caller whose insert took place publishes. Both commit or neither does, so a crash
 * anywhere loses no event and doubles none: the next close (a redelivery, a retried PATCH) finds
 * every step closed and no row, and completes (docs/ONBOARDING.md, "Guarantees").
 */
@Injectable()
export class OnboardingProgress {
  constructor(
    private readonly store: OnboardingProgressStore,
    private readonly outbox: EventOutbox,
  ) {}

  async close(
    manager: EntityManager,
    workspaceId: string,
    userId: string,
    step: OnboardingStep,
    state: ClosedState,
  ): Promise<CloseOutcome> {
    const outcome = await this.store.close(workspaceId, userId, step, state);
    if (outcome.allClosed) await this.completeOnce(manager, workspaceId, userId);
    return outcome;
  }

  private async completeOnce(
    manager: EntityManager,
    workspaceId: string,
    userId: string,
  ): Promise<void> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO onboarding.completions (workspace_id, user_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [workspaceId, userId],
    );
    if (inserted.length === 0) return; // completed before (and published then)
    const { steps } = checklistOf(await this.store.read(workspaceId, userId));
    const of = (state: ClosedState) => steps.filter((s) => s.state === state).map((s) => s.step);
    await this.outbox.publish(
      manager,
      new OnboardingCompletedV1(
        { userId, done: of('done'), skipped: of('skipped') },
        newEventMetadata(workspaceId, userId),
      ),
    );
  }
}
