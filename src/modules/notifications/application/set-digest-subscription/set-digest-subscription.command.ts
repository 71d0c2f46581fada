import { Command } from '@nestjs/cqrs';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';
import type { DigestSubscription } from './digest-subscription';

export interface SetDigestSubscriptionProps {
  readonly workspaceId: string;
  /** The signed-in member, who subscribes or unsubscribes themself. */
  readonly actorId: string;
  /** The session's address: the digest goes there (identity's events carry none). */
  readonly actorEmail: string;
  /** The actor's role in the workspace, as the session carries it. */
  readonly actorRole: WorkspaceRole;
  readonly subscribed: boolean;
}

export class SetDigestSubscriptionCommand extends Command<DigestSubscription> {
  constructor(readonly props: SetDigestSubscriptionProps) {
    super();
  }
}
