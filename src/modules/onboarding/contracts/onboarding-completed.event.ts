import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface OnboardingCompletedPayload {
  /** The member whose checklist has no open step left (also the event's `actorId`). */
  userId: string;
  /** Steps done and steps skipped, in checklist order. */
  done: string[];
  skipped: string[];
}

/**
 * The last open step of a member's onboarding checklist in `workspaceId` was done or skipped.
 * Published at most once per (user, workspace).
 */
export class OnboardingCompletedV1 extends IntegrationEvent<OnboardingCompletedPayload> {
  static readonly TYPE = 'onboarding.completed.v1';
  readonly type = OnboardingCompletedV1.TYPE;
}
