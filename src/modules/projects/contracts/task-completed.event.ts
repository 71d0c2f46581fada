import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface TaskCompletedPayload {
  taskId: string;
  projectId: string;
  assigneeId: string | null;
  /** ISO-8601. */
  completedAt: string;
}

/** An open task was marked done; completing a done task publishes nothing. */
export class TaskCompletedV1 extends IntegrationEvent<TaskCompletedPayload> {
  static readonly TYPE = 'projects.task.completed.v1';
  readonly type = TaskCompletedV1.TYPE;
}
