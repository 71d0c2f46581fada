import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface ProjectCreatedPayload {
  projectId: string;
  name: string;
}

/** A project was created in `workspaceId`. */
export class ProjectCreatedV1 extends IntegrationEvent<ProjectCreatedPayload> {
  static readonly TYPE = 'projects.project.created.v1';
  readonly type = ProjectCreatedV1.TYPE;
}
