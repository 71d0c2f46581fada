import type { ProjectUpdatedPayload } from '../contracts/project-updated.event';
import { ProjectArchived } from './projects.errors';
import { UNCHANGED, type AnnouncedTransition, type Transition } from './transition';

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

export interface ProjectFields {
  readonly name: string;
  readonly description: string | null;
}

/** Undefined leaves a field as it is; description null clears it. */
export type ProjectFieldPatch = { readonly [F in keyof ProjectFields]?: ProjectFields[F] };

/**
 * The project's fields after `patch` and the projects.project.updated.v1 payload naming only what
 * really changed; unchanged (no write, no event) when the request repeats what is stored.
 */
export function updateProject(
  project: ProjectFields & { readonly id: string },
  patch: ProjectFieldPatch,
): AnnouncedTransition<ProjectFieldPatch, ProjectUpdatedPayload> {
  const changes: ProjectUpdatedPayload['changes'] = {};
  if (patch.name !== undefined && patch.name !== project.name) {
    changes.name = { from: project.name, to: patch.name };
  }
  if (patch.description !== undefined && patch.description !== project.description) {
    changes.description = { from: project.description, to: patch.description };
  }
  if (changes.name === undefined && changes.description === undefined) return UNCHANGED;
  return {
    kind: 'changed',
    changes: {
      ...(changes.name ? { name: changes.name.to } : {}),
      ...(changes.description ? { description: changes.description.to } : {}),
    },
    eventPayload: { projectId: project.id, name: changes.name?.to ?? project.name, changes },
  };
}
