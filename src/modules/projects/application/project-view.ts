import type { ProjectEntity } from '../persistence/project.entity';

export interface ProjectView {
  id: string;
  name: string;
  description: string | null;
  archived: boolean;
  archivedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export function projectViewOf(project: ProjectEntity): ProjectView {
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    archived: project.archivedAt !== null,
    archivedAt: project.archivedAt?.toISOString() ?? null,
    createdBy: project.createdBy,
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
  };
}
