import { Query } from '@nestjs/cqrs';

import type { LabelPage } from '../label-view';

export interface ListLabelsProps {
  readonly workspaceId: string;
  /** The signed-in user asking: the list shows their own writes (read-your-writes on the replicas). */
  readonly actorId: string;
  readonly limit: number;
  /** A `nextCursor` from the previous page; undefined for the first page. */
  readonly cursor?: string;
}

export class ListLabelsQuery extends Query<LabelPage> {
  constructor(readonly props: ListLabelsProps) {
    super();
  }
}
