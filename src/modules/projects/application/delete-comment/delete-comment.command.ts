import { Command } from '@nestjs/cqrs';

import type { WorkspaceRole } from '../../../../common/auth/workspace-role';

export interface DeleteCommentProps {
  readonly workspaceId: string;
  /** The signed-in user doing this: the comment's author, or an admin or owner moderating. */
  readonly actorId: string;
  /** The actor's role in the workspace, from the session: admins and owners may moderate. */
  readonly actorRole: WorkspaceRole;
  readonly taskId: string;
  readonly commentId: string;
}

export class DeleteCommentCommand extends Command<void> {
  constructor(readonly props: DeleteCommentProps) {
    super();
  }
}
