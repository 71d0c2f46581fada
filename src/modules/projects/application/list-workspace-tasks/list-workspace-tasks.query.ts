import { Query } from '@nestjs/cqrs';

import { PageOf } from '../../../../common/pagination/page';
import type { TaskViewSortName } from '../../domain/task-view-sort';
import type { TaskViewFilter } from '../../persistence/task-view.read';
import { TaskView } from '../task-view';

/** One page of the workspace task view; a class so that the OpenAPI document shows its schema. */
export class WorkspaceTaskPage extends PageOf(TaskView, 'WorkspaceTaskPage') {}

export interface ListWorkspaceTasksProps {
  /** The signed-in user asking: the view shows their own writes (read-your-writes on replicas). */
  readonly actorId: string;
  readonly filter: TaskViewFilter;
  /** Undefined: `rank` with `q`, else `due`. */
  readonly sort?: TaskViewSortName;
  readonly limit: number;
  /** A `nextCursor` from the previous page; undefined for the first page. */
  readonly cursor?: string;
}

export class ListWorkspaceTasksQuery extends Query<WorkspaceTaskPage> {
  constructor(readonly props: ListWorkspaceTasksProps) {
    super();
  }
}
