import { Query } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';

import type { TaskStatus } from '../../domain/task-status';
import { TaskView } from '../task-view';

/** One page of a project's tasks; a class so that the OpenAPI document shows its schema. */
export class TaskPage {
  @ApiProperty({ type: [TaskView], description: 'In creation order' })
  items!: TaskView[];

  /** Pass as `cursor` for the next page; null on the last page. */
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
    example: 'WyJ0YXNrcyIsIjEwMjQiXQ',
  })
  nextCursor!: string | null;
}

export interface TaskFilter {
  readonly status?: TaskStatus;
  readonly assigneeId?: string;
}

export interface ListTasksProps {
  readonly workspaceId: string;
  /** The signed-in user asking: the list shows their own writes (read-your-writes on the replicas). */
  readonly actorId: string;
  readonly projectId: string;
  readonly filter: TaskFilter;
  readonly limit: number;
  /** A `nextCursor` from the previous page; undefined for the first page. */
  readonly cursor?: string;
}

export class ListTasksQuery extends Query<TaskPage> {
  constructor(readonly props: ListTasksProps) {
    super();
  }
}
