import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { InvalidCursor } from '../../../../common/pagination/invalid-cursor.error';
import { decodeCursor } from '../../../../common/pagination/keyset-cursor';
import { pageOf } from '../../../../common/pagination/page';
import { labelPageOf } from '../../persistence/labels.store';
import { labelViewOf, type LabelPage } from '../label-view';
import { ListLabelsQuery } from './list-labels.query';

const LIST = 'labels';

/**
 * By name, ignoring case; the key is the lower-cased name, unique in a workspace, so it needs no
 * tiebreaker. A cursor whose name was renamed away still pages on from where it stood.
 */
@QueryHandler(ListLabelsQuery)
export class ListLabelsHandler implements IQueryHandler<ListLabelsQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({
    props: { workspaceId, actorId, limit, cursor },
  }: ListLabelsQuery): Promise<LabelPage> {
    const keys = cursor === undefined ? undefined : decodeCursor(LIST, cursor, 1, isName);
    if (cursor !== undefined && keys === undefined) throw new InvalidCursor();
    const afterName = keys?.[0] ?? undefined;
    const rows = await this.reads.run({ actorId }, (manager) =>
      labelPageOf(manager, workspaceId, afterName, limit + 1),
    );
    return pageOf(rows, limit, LIST, (row) => [row.sortName], labelViewOf);
  }
}

const isName = (key: string | null): boolean => key !== null && key.length > 0;
