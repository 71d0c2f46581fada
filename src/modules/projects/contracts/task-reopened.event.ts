import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface TaskReopenedPayload {
  taskId: string;
  projectId: string;
}

/** A done task was opened again; reopening an open task publishes nothing. */
export class TaskReopenedV1 extends IntegrationEvent<TaskReopenedPayload> {
  static readonly TYPE = 'projects.task.reopened.v1';
  readonly type = TaskReopenedV1.TYPE;
}
