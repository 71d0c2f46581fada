import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface TaskMovedPayload {
  taskId: string;
  fromProjectId: string;
  toProjectId: string;
}

/** A task moved to another project of the same workspace. */
export class TaskMovedV1 extends IntegrationEvent<TaskMovedPayload> {
  static readonly TYPE = 'projects.task.moved.v1';
  readonly type = TaskMovedV1.TYPE;
}
