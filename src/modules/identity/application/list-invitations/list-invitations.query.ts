import { Query } from '@nestjs/cqrs';

import type { InvitationView } from '../invitation-view';

export interface ListInvitationsProps {
  readonly workspaceId: string;
}

/** Pending invitations only: accepted ones are memberships, expired ones are dead. */
export class ListInvitationsQuery extends Query<InvitationView[]> {
  constructor(readonly props: ListInvitationsProps) {
    super();
  }
}
