import { Query } from '@nestjs/cqrs';

import type { TaskStatus } from '../../domain/task-status';
import type { TaskView } from '../task-view';

export interface TaskPage {
  items: TaskView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface TaskFilter {
  status?: TaskStatus;
  assigneeId?: string;
}

export class ListTasksQuery extends Query<TaskPage> {
  constructor(
    readonly workspaceId: string,
    /** Whose own writes the list must show (read-your-writes on the replicas). */
    readonly readerId: string,
    readonly projectId: string,
    readonly filter: TaskFilter,
    readonly limit: number,
    readonly cursor: string | undefined,
  ) {
    super();
  }
}
