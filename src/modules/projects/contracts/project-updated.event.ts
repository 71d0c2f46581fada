import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface ProjectUpdatedPayload {
  projectId: string;
  /** The name after the update (changed or not). */
  name: string;
  /** Only fields that really changed appear. */
  changes: {
    name?: { from: string; to: string };
    description?: { from: string | null; to: string | null };
  };
}

/** A project's fields changed (published only when one really changed). */
export class ProjectUpdatedV1 extends IntegrationEvent<ProjectUpdatedPayload> {
  static readonly TYPE = 'projects.project.updated.v1';
  readonly type = ProjectUpdatedV1.TYPE;
}
