import { Command } from '@nestjs/cqrs';

import type { Actor } from '../../../../common/auth/actor';
import type { WorkspaceRole } from '../../../../common/auth/workspace-role';

/** `newRole` null removes the member (or, when the target is the actor, leaves the workspace). */
export class ChangeMemberRoleCommand extends Command<void> {
  constructor(
    readonly actor: Actor,
    readonly workspaceId: string,
    readonly targetUserId: string,
    readonly newRole: WorkspaceRole | null,
  ) {
    super();
  }
}
