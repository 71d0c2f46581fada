import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface TaskCreatedPayload {
  taskId: string;
  projectId: string;
  title: string;
  /** A task created with an assignee announces it here; no separate task.assigned follows. */
  assigneeId: string | null;
}

export class TaskCreatedV1 extends IntegrationEvent<TaskCreatedPayload> {
  static readonly TYPE = 'projects.task.created.v1';
  readonly type = TaskCreatedV1.TYPE;
}
