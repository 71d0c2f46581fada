import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { EntityManager } from 'typeorm';

import { InvalidCursor } from '../../../../common/pagination/invalid-cursor.error';
import { pageOf } from '../../../../common/pagination/page';
import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { decodeTaskCursor, TASK_CURSOR_LIST } from '../../domain/task-cursor';
import { taskPageOf } from '../../persistence/task-page.read';
import { taskViewOf } from '../task-view';
import { ListTasksQuery, type ListTasksProps, type TaskPage } from './list-tasks.query';

/** Keyset pagination on `position`: a page starts strictly after the last task of the previous one. */
@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: ListTasksQuery): Promise<TaskPage> {
    const after = props.cursor === undefined ? undefined : decodeTaskCursor(props.cursor);
    if (props.cursor !== undefined && after === undefined) throw new InvalidCursor();
    return this.reads.run({ actorId: props.actorId }, (manager) =>
      this.page(manager, props, after),
    );
  }

  private async page(
    manager: EntityManager,
    { workspaceId, projectId, filter, limit }: ListTasksProps,
    after: string | undefined,
  ): Promise<TaskPage> {
    const tasks = await taskPageOf(manager, {
      workspaceId,
      projectId,
      status: filter.status,
      assigneeId: filter.assigneeId,
      after,
      take: limit + 1, // one more than asked tells whether another page follows
    });
    return pageOf(tasks, limit, TASK_CURSOR_LIST, (task) => [task.position], taskViewOf);
  }
}
