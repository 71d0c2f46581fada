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
