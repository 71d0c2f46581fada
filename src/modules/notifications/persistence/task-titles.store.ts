import type { EntityManager } from 'typeorm';

/**
 * The title of a task as of `at`, unless the stored one is newer: task.created and task.updated
 * both arrive here, in whatever order, and the newest wins. A row of another workspace (a forged
 * or misrouted event) is never touched.
 */
export async function recordTaskTitle(
  manager: EntityManager,
  title: { taskId: string; workspaceId: string; title: string; at: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO notifications.task_titles AS stored (task_id, workspace_id, title, title_changed_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (task_id) DO UPDATE
        SET title = EXCLUDED.title, title_changed_at = EXCLUDED.title_changed_at
      WHERE stored.workspace_id = EXCLUDED.workspace_id
        AND (stored.title_changed_at IS NULL OR stored.title_changed_at <= EXCLUDED.title_changed_at)`,
    [title.taskId, title.workspaceId, title.title, title.at],
  );
}

/** Forgets the titles of deleted tasks: one statement, however many (a whole project's). */
export async function forgetTaskTitles(
  manager: EntityManager,
  workspaceId: string,
  taskIds: string[],
): Promise<void> {
  if (taskIds.length === 0) return;
  await manager.query(
    `DELETE FROM notifications.task_titles WHERE workspace_id = $1 AND task_id = ANY ($2::uuid[])`,
    [workspaceId, taskIds],
  );
}
