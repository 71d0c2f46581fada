import { Query } from '@nestjs/cqrs';

import type { Page } from '../../../../common/pagination/page';
import type { InvitationView } from '../invitation-view';

export interface ListInvitationsProps {
  readonly workspaceId: string;
  readonly limit: number;
  /** A cursor from the previous page's Link; undefined for the first page. */
  readonly cursor?: string;
}

/** Pending invitations only: accepted ones are memberships, expired ones are dead. */
export class ListInvitationsQuery extends Query<Page<InvitationView>> {
  constructor(readonly props: ListInvitationsProps) {
    super();
  }
}
