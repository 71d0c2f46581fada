import { Command } from '@nestjs/cqrs';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';

export class SetDigestSubscriptionCommand extends Command<{ subscribed: boolean }> {
  constructor(
    readonly workspaceId: string,
    readonly member: { userId: string; email: string; role: WorkspaceRole },
    readonly subscribed: boolean,
  ) {
    super();
  }
}
