import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { InvalidCursor } from '../../../../common/pagination/invalid-cursor.error';
import { pageOf } from '../../../../common/pagination/page';
import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import {
  decodeTaskViewCursor,
  taskViewCursorList,
  taskViewSortOf,
} from '../../domain/task-view-sort';
import { taskViewPageOf } from '../../persistence/task-view.read';
import { taskViewOf } from '../task-view';
import { ListWorkspaceTasksQuery, type WorkspaceTaskPage } from './list-workspace-tasks.query';

/**
 * The workspace's tasks across its projects, filtered and sorted, a keyset page at a time: a page
 * starts strictly after the (sort key, id) of the last task of the previous one.
 */
@QueryHandler(ListWorkspaceTasksQuery)
export class ListWorkspaceTasksHandler implements IQueryHandler<ListWorkspaceTasksQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: ListWorkspaceTasksQuery): Promise<WorkspaceTaskPage> {
    const { filter, limit, cursor } = props;
    const sort = taskViewSortOf(props.sort ?? (filter.q === undefined ? 'due' : 'rank'));
    const list = taskViewCursorList(sort, filter.q);
    const after = cursor === undefined ? undefined : decodeTaskViewCursor(list, sort, cursor);
    if (cursor !== undefined && after === undefined) throw new InvalidCursor();
    const rows = await this.reads.run({ actorId: props.actorId }, (manager) =>
      taskViewPageOf(manager, { filter, sort, after, take: limit + 1 }),
    );
    return pageOf(rows, limit, list, (row) => [row.sortKey, row.id], taskViewOf);
  }
}
