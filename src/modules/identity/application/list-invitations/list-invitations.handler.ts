import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource, IsNull, MoreThan } from 'typeorm';

import { InvitationEntity } from '../../persistence/invitation.entity';
import { invitationViewOf, type InvitationView } from '../invitation-view';
import { ListInvitationsQuery } from './list-invitations.query';

@QueryHandler(ListInvitationsQuery)
export class ListInvitationsHandler implements IQueryHandler<ListInvitationsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId } }: ListInvitationsQuery): Promise<InvitationView[]> {
    const rows = await this.dataSource.manager.find(InvitationEntity, {
      where: { workspaceId, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'ASC' },
    });
    return rows.map(invitationViewOf);
  }
}
