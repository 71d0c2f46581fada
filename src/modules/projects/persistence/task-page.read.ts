import type { EntityManager } from 'typeorm';

import { ProjectNotFound } from '../domain/projects.errors';
import type { TaskStatus } from '../domain/task-status';
import { TASK_COLUMNS } from './stored-task';

/** A task row as the list shows it, straight from SQL (no entity built in between). */
export interface TaskRow {
  id: string;
  projectId: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  assigneeId: string | null;
  position: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  dueAt: Date | null;
  dueTimeZone: string | null;
  /** `YYYY-MM-DD` */
  startOn: string | null;
  /** The rank of domain/task-priority.ts. */
  priority: number;
  version: number;
  /** Sorted. */
  labelIds: string[];
}

export interface TaskPageFilter {
  workspaceId: string;
  projectId: string;
  status?: TaskStatus;
  assigneeId?: string;
  /** Only tasks after this position (keyset pagination). */
  after?: string;
  take: number;
}

/**
 * Up to `take` tasks of the workspace's project by position, or ProjectNotFound (also for another
 * workspace's project: 404, not an empty list), in one statement: the project row, joined
 * laterally to its page of tasks (one row with null task columns when the page is empty).
 *
 * Hand-written because this is the product's everyday read: TypeORM's find built the query and
 * hydrated entities only to map them to views, 15 % of the web's CPU on this route, and checked
 * the project in a statement of its own (docs/BENCHMARKS.md, "Request cost").
 */
export async function taskPageOf(
  manager: EntityManager,
  filter: TaskPageFilter,
): Promise<TaskRow[]> {
  const parameters: unknown[] = [filter.projectId, filter.workspaceId];
  const conditions = ['t.project_id = p.id', 't.workspace_id = p.workspace_id'];
  const where = (column: string, operator: string, value: unknown) => {
    parameters.push(value);
    conditions.push(`t.${column} ${operator} $${parameters.length}`);
  };
  if (filter.status !== undefined) where('status', '=', filter.status);
  if (filter.assigneeId !== undefined) where('assignee_id', '=', filter.assigneeId);
  if (filter.after !== undefined) where('position', '>', filter.after);
  parameters.push(filter.take);
  const rows: (TaskRow | { id: null })[] = await manager.query(
    `SELECT t.* FROM projects.projects p
       LEFT JOIN LATERAL (
         SELECT ${TASK_COLUMNS}
           FROM projects.tasks t
          WHERE ${conditions.join(' AND ')}
          ORDER BY t.position
          LIMIT $${parameters.length}
       ) t ON true
     WHERE p.id = $1 AND p.workspace_id = $2`,
    parameters,
  );
  if (rows.length === 0) throw new ProjectNotFound();
  return rows.filter((row): row is TaskRow => row.id !== null);
}
