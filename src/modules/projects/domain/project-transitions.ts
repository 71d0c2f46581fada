import type { ProjectArchivedPayload } from '../contracts/project-archived.event';
import type { ProjectDeletedPayload } from '../contracts/project-deleted.event';
import type { ProjectUnarchivedPayload } from '../contracts/project-unarchived.event';
import type { ProjectUpdatedPayload } from '../contracts/project-updated.event';
import { ProjectArchived, ProjectNotArchived } from './projects.errors';
import { UNCHANGED, type AnnouncedTransition } from './transition';

/** What the project rules read of a project; the stored entity (persistence/) has more. */
export interface ProjectState {
  readonly archivedAt: Date | null;
}

/** What archive, unarchive and delete announce of a project besides its state. */
export interface NamedProjectState extends ProjectState {
  readonly id: string;
  readonly name: string;
}

export interface ProjectArchiveChange {
  readonly archivedAt: Date | null;
}

/** An active project is archived at `now`; archiving again keeps the first archive's time. */
export function archiveProject(
  project: NamedProjectState,
  now: Date,
): AnnouncedTransition<ProjectArchiveChange, ProjectArchivedPayload> {
  if (project.archivedAt) return UNCHANGED;
  return {
    kind: 'changed',
    changes: { archivedAt: now },
    eventPayload: { projectId: project.id, name: project.name },
  };
}

/** An archived project is active again; unarchiving an active one changes nothing. */
export function unarchiveProject(
  project: NamedProjectState,
): AnnouncedTransition<ProjectArchiveChange, ProjectUnarchivedPayload> {
  if (!project.archivedAt) return UNCHANGED;
  return {
    kind: 'changed',
    changes: { archivedAt: null },
    eventPayload: { projectId: project.id, name: project.name },
  };
}

/**
 * What the deletion of `project` announces: it and every task deleted with it (consumers forget
 * them without a task.deleted each). Whether it may be deleted is assertProjectIsArchived's call,
 * made before the tasks are deleted.
 */
export function projectDeletion(
  project: NamedProjectState,
  taskIds: string[],
): ProjectDeletedPayload {
  return { projectId: project.id, name: project.name, taskIds };
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

/**
 * Only an archived project may be deleted (ProjectNotArchived, a 409): deleting takes every task
 * with it and cannot be undone, so it is the second of two deliberate steps; the first, archive,
 * is reversible and shows everyone in the workspace what is about to go (ADR 0020).
 */
export function assertProjectIsArchived(project: ProjectState): void {
  if (!project.archivedAt) throw new ProjectNotArchived();
}
