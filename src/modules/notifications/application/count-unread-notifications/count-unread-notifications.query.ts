import { Query } from '@nestjs/cqrs';

export interface CountUnreadNotificationsProps {
  readonly actorId: string;
  /** The caller's workspaces, from the session. */
  readonly workspaceIds: readonly string[];
}

export class CountUnreadNotificationsQuery extends Query<{ unread: number }> {
  constructor(readonly props: CountUnreadNotificationsProps) {
    super();
  }
}
