import type { EntityManager } from 'typeorm';

import { ProjectNotFound } from '../domain/projects.errors';
import { ProjectEntity } from './project.entity';

type LockMode = 'pessimistic_read' | 'pessimistic_write';

/** The workspace's project, or ProjectNotFound (also for another workspace's id). */
export async function projectOf(
  manager: EntityManager,
  workspaceId: string,
  projectId: string,
  lock?: LockMode,
): Promise<ProjectEntity> {
  const project = await manager.findOne(ProjectEntity, {
    where: { id: projectId, workspaceId },
    ...(lock ? { lock: { mode: lock } } : {}),
  });
  if (!project) throw new ProjectNotFound();
  return project;
}

/**
 * Writes a project's name and description and takes the new updated_at and version from the same
 * statement (`manager.save` would first reload the row it was handed: one statement more).
 */
export async function writeProjectFields(
  manager: EntityManager,
  project: ProjectEntity,
): Promise<ProjectEntity> {
  const [rows]: [{ updated_at: Date; version: number }[], number] = await manager.query(
    `UPDATE projects.projects SET name = $1, description = $2, updated_at = CURRENT_TIMESTAMP
      WHERE id = $3 RETURNING updated_at, version`,
    [project.name, project.description, project.id],
  );
  project.updatedAt = rows[0].updated_at;
  project.version = rows[0].version;
  return project;
}

/**
 * Deletes the project and all its tasks in one statement and returns the tasks' ids, for the event.
 * One statement, whatever the size: a project of 10 000 tasks is one round trip, one plan and one
 * pass over tasks_by_project, not a loop; the ids come back through RETURNING, not a second read.
 */
export async function deleteProjectWithTasks(
  manager: EntityManager,
  project: ProjectEntity,
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH deleted_tasks AS (
       DELETE FROM projects.tasks WHERE project_id = $1 AND workspace_id = $2 RETURNING id
     ), deleted_project AS (
       DELETE FROM projects.projects WHERE id = $1 AND workspace_id = $2
     )
     SELECT id FROM deleted_tasks`,
    [project.id, project.workspaceId],
  );
  return rows.map((row) => row.id);
}

/**
 * Writes the project's archive time and takes the new updated_at from the same statement:
 * `manager.save` would first reload the row it was handed, one statement more per archive.
 */
export async function writeProjectArchivedAt(
  manager: EntityManager,
  project: ProjectEntity,
): Promise<ProjectEntity> {
  const [rows]: [{ updated_at: Date; version: number }[], number] = await manager.query(
    `UPDATE projects.projects SET archived_at = $1, updated_at = CURRENT_TIMESTAMP
      WHERE id = $2 RETURNING updated_at, version`,
    [project.archivedAt, project.id],
  );
  project.updatedAt = rows[0].updated_at;
  project.version = rows[0].version;
  return project;
}
