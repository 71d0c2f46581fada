import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface TaskAssignedPayload {
  taskId: string;
  projectId: string;
  /** null: the task was unassigned. */
  assigneeId: string | null;
  previousAssigneeId: string | null;
}

/** A task's assignee changed (published only when it really changed). */
export class TaskAssignedV1 extends IntegrationEvent<TaskAssignedPayload> {
  static readonly TYPE = 'projects.task.assigned.v1';
  readonly type = TaskAssignedV1.TYPE;
}
