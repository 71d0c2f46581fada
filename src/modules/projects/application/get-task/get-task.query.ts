import { Query } from '@nestjs/cqrs';

import type { TaskView } from '../task-view';

export interface GetTaskProps {
  readonly workspaceId: string;
  readonly taskId: string;
}

export class GetTaskQuery extends Query<TaskView> {
  constructor(readonly props: GetTaskProps) {
    super();
  }
}
