import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface ProjectUnarchivedPayload {
  projectId: string;
  name: string;
}

/** A project was unarchived (published only when its state really changed). */
export class ProjectUnarchivedV1 extends IntegrationEvent<ProjectUnarchivedPayload> {
  static readonly TYPE = 'projects.project.unarchived.v1';
  readonly type = ProjectUnarchivedV1.TYPE;
}
