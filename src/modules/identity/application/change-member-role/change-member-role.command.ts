import { Command } from '@nestjs/cqrs';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';

export interface ChangeMemberRoleProps {
  /** The signed-in user: their role, read under the members' lock, decides what they may do. */
  readonly actorId: string;
  readonly workspaceId: string;
  readonly targetUserId: string;
  /** Null removes the member (or, when the target is the actor, leaves the workspace). */
  readonly newRole: WorkspaceRole | null;
}

export class ChangeMemberRoleCommand extends Command<void> {
  constructor(readonly props: ChangeMemberRoleProps) {
    super();
  }
}
