import { Query } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

export class GetTaskQuery extends Query<TaskView> {
  constructor(
    readonly workspaceId: string,
    readonly taskId: string,
  ) {
    super();
  }
}
