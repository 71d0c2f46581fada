import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface TaskDeletedPayload {
  taskId: string;
  projectId: string;
}

/** A task is gone: modules that keep its id (media's known tasks) forget it. */
export class TaskDeletedV1 extends IntegrationEvent<TaskDeletedPayload> {
  static readonly TYPE = 'projects.task.deleted.v1';
  readonly type = TaskDeletedV1.TYPE;
}
