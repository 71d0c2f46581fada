import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface ProjectArchivedPayload {
  projectId: string;
  name: string;
}

/** A project was archived (published only when its state really changed). */
export class ProjectArchivedV1 extends IntegrationEvent<ProjectArchivedPayload> {
  static readonly TYPE = 'projects.project.archived.v1';
  readonly type = ProjectArchivedV1.TYPE;
}
