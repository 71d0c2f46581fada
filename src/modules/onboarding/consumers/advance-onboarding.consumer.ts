import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { MemberJoinedV1 } from '../../identity/contracts/member-joined.event';
import { SlackConnectedV1 } from '../../notifications/contracts/slack-connected.event';
import { ProjectCreatedV1 } from '../../projects/contracts/project-created.event';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import { OnboardingProgress } from '../application/onboarding-progress';
import { OnboardingProgressStore } from '../persistence/onboarding-progress.store';

type AdvancingEvent = MemberJoinedV1 | ProjectCreatedV1 | TaskCompletedV1 | SlackConnectedV1;

/**
 * Marks checklist steps done from other modules' events:
 * - member joined via workspace-created → the joiner's `create-workspace` (and remembers them as
 *   the workspace's creator);
 * - member joined via invitation → the creator's `invite-member` (if the creator is remembered);
 * - project created → the actor's `create-project`; task completed → the actor's `complete-task`;
 * - Slack connected → the actor's `connect-slack`.
 *
 * The effect is in Redis, outside the inbox transaction: a crash between the Redis write and the
 * inbox commit redelivers the event, and the idempotent write (a closed step stays as it is)
 * absorbs it. Only onboarding.completed.v1 goes through `manager` (the outbox).
 */
@EventConsumer({
  name: 'onboarding.progress',
  events: [MemberJoinedV1, ProjectCreatedV1, TaskCompletedV1, SlackConnectedV1],
})
export class AdvanceOnboardingConsumer implements AppliesEvents<AdvancingEvent> {
  constructor(
    private readonly progress: OnboardingProgress,
    private readonly store: OnboardingProgressStore,
  ) {}

  async apply(event: AdvancingEvent, manager: EntityManager): Promise<void> {
    const { workspaceId } = event;
    if (event instanceof MemberJoinedV1) {
      const { userId, via } = event.payload;
      if (via === 'workspace-created') {
        await this.store.rememberCreator(workspaceId, userId);
        await this.progress.close(manager, workspaceId, userId, 'create-workspace', 'done');
        return;
      }
      const creator = await this.store.creatorOf(workspaceId);
      if (creator !== null && creator !== userId)
        await this.progress.close(manager, workspaceId, creator, 'invite-member', 'done');
      return;
    }
    if (event.actorId === null) return;
    const step =
      event instanceof ProjectCreatedV1
        ? 'create-project'
        : event instanceof SlackConnectedV1
          ? 'connect-slack'
          : 'complete-task';
    await this.progress.close(manager, workspaceId, event.actorId, step, 'done');
  }
}
