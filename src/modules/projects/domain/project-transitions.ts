import { ProjectArchived } from './projects.errors';
import { UNCHANGED, type Transition } from './transition';

/** What the project rules read of a project; the stored entity (persistence/) has more. */
export interface ProjectState {
  readonly archivedAt: Date | null;
}

export interface ProjectArchiveChange {
  readonly archivedAt: Date;
}

/** An active project is archived at `now`; archiving again keeps the first archive's time. */
export function archiveProject(project: ProjectState, now: Date): Transition<ProjectArchiveChange> {
  if (project.archivedAt) return UNCHANGED;
  return { kind: 'changed', changes: { archivedAt: now } };
}

/** An archived project is read-only: no edits and no new tasks (ProjectArchived, a 409). */
export function assertProjectIsActive(project: ProjectState): void {
  if (project.archivedAt) throw new ProjectArchived();
}
