import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { type Page, pageOf } from '../../../../common/pagination/page';
import { timeAndIdAfter, timeAndIdBeyond } from '../../../../common/pagination/time-and-id-cursor';
import {
  TIME_KEY,
  timestampKeyOf,
  withTimeKeys,
} from '../../../../common/pagination/timestamp-key';
import { InvitationEntity } from '../../persistence/invitation.entity';
import { invitationViewOf, type InvitationView } from '../invitation-view';
import { ListInvitationsQuery } from './list-invitations.query';

/** Oldest first: keyset on (created_at, id); every page applies "pending" again. */
@QueryHandler(ListInvitationsQuery)
export class ListInvitationsHandler implements IQueryHandler<ListInvitationsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({
    props: { workspaceId, limit, cursor },
  }: ListInvitationsQuery): Promise<Page<InvitationView>> {
    const after = timeAndIdAfter('invitations', cursor);
    const query = this.dataSource.manager
      .createQueryBuilder(InvitationEntity, 'i')
      .addSelect(timestampKeyOf('i.created_at'), TIME_KEY)
      .where('i.workspace_id = :workspaceId', { workspaceId })
      .andWhere('i.accepted_at IS NULL')
      .andWhere('i.expires_at > :now', { now: new Date() })
      .orderBy('i.created_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(limit + 1);
    if (after) query.andWhere(timeAndIdBeyond('i.created_at', 'i.id', ':at', ':id'), after);
    return pageOf(
      withTimeKeys(await query.getRawAndEntities()),
      limit,
      'invitations',
      (row) => [row.at, row.entity.id],
      (row) => invitationViewOf(row.entity),
    );
  }
}
