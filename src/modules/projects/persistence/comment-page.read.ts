import type { EntityManager } from 'typeorm';

import { TaskNotFound } from '../domain/projects.errors';
import { COMMENT_COLUMNS, type CommentRow } from './comments.store';

export interface CommentPageFilter {
  workspaceId: string;
  taskId: string;
  /** Only comments after this position (keyset pagination). */
  after?: string;
  take: number;
}

/**
 * Up to `take` comments of the workspace's task, oldest first, or TaskNotFound (also for another
 * workspace's task: 404, not an empty list), in one statement, as taskPageOf reads tasks: the
 * task row joined laterally to its page (one row with null comment columns when it is empty).
 */
export async function commentPageOf(
  manager: EntityManager,
  { workspaceId, taskId, after, take }: CommentPageFilter,
): Promise<CommentRow[]> {
  const rows: (CommentRow | { id: null })[] = await manager.query(
    `SELECT c.* FROM projects.tasks t
       LEFT JOIN LATERAL (
         SELECT ${COMMENT_COLUMNS}
           FROM projects.comments c
          WHERE c.task_id = t.id AND c.workspace_id = t.workspace_id
            AND c.position > $3
          ORDER BY c.position
          LIMIT $4
       ) c ON true
     WHERE t.id = $1 AND t.workspace_id = $2`,
    // Positions start at 1: the first page is everything after 0.
    [taskId, workspaceId, after ?? '0', take],
  );
  if (rows.length === 0) throw new TaskNotFound();
  return rows.filter((row): row is CommentRow => row.id !== null);
}
