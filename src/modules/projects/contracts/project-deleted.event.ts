import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface ProjectDeletedPayload {
  projectId: string;
  name: string;
  /**
   * The ids of the tasks deleted with it. No task.deleted.v1 follows per task: consumers that keep
   * task ids (media, analytics, notifications) forget these.
   */
  taskIds: string[];
}

/** A project and all its tasks (and their comments) are gone. */
export class ProjectDeletedV1 extends IntegrationEvent<ProjectDeletedPayload> {
  static readonly TYPE = 'projects.project.deleted.v1';
  readonly type = ProjectDeletedV1.TYPE;
}
