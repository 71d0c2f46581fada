import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { EntityManager } from 'typeorm';

import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { InvalidTaskCursor } from '../../domain/projects.errors';
import { decodeTaskCursor, encodeTaskCursor } from '../../domain/task-cursor';
import { taskPageOf } from '../../persistence/task-page.read';
import { taskViewOf } from '../task-view';
import { ListTasksQuery, type ListTasksProps, type TaskPage } from './list-tasks.query';

/** Keyset pagination on `position`: a page starts strictly after the last task of the previous one. */
@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: ListTasksQuery): Promise<TaskPage> {
    const after = props.cursor === undefined ? undefined : decodeTaskCursor(props.cursor);
    if (props.cursor !== undefined && after === undefined) throw new InvalidTaskCursor();
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
    const page = tasks.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(taskViewOf),
      nextCursor: tasks.length > limit && last ? encodeTaskCursor(last.position) : null,
    };
  }
}
