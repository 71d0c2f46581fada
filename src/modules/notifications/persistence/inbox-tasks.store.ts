import type { EntityManager } from 'typeorm';

/**
 * Records who a task concerns. The creator comes from task.created.v1 only; the assignee is kept
 * from whichever event is newest by `occurredAt` (events may arrive out of order).
 */
export async function recordTaskParties(
  manager: EntityManager,
  task: {
    taskId: string;
    workspaceId: string;
    creatorId?: string | null;
    assigneeId: string | null;
    occurredAt: string;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO notifications.inbox_tasks (task_id, workspace_id, creator_id, assignee_id, assignee_since)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (task_id) DO UPDATE SET
       creator_id = coalesce(inbox_tasks.creator_id, excluded.creator_id),
       assignee_id = CASE WHEN excluded.assignee_since >= inbox_tasks.assignee_since
                          THEN excluded.assignee_id ELSE inbox_tasks.assignee_id END,
       assignee_since = greatest(inbox_tasks.assignee_since, excluded.assignee_since)`,
    [task.taskId, task.workspaceId, task.creatorId ?? null, task.assigneeId, task.occurredAt],
  );
}

export async function forgetTask(manager: EntityManager, taskId: string): Promise<void> {
  await manager.query(`DELETE FROM notifications.inbox_tasks WHERE task_id = $1`, [taskId]);
}

/** The task's creator, assignee and title as notifications knows them (all null when unknown). */
export async function taskPartiesOf(
  manager: EntityManager,
  taskId: string,
): Promise<{ creatorId: string | null; assigneeId: string | null; title: string | null }> {
  const [row]: { creatorId: string | null; assigneeId: string | null; title: string | null }[] =
    await manager.query(
      `SELECT t.creator_id AS "creatorId", t.assignee_id AS "assigneeId", n.title
         FROM (SELECT $1::uuid AS task_id) k
         LEFT JOIN notifications.inbox_tasks t ON t.task_id = k.task_id
         LEFT JOIN notifications.task_titles n ON n.task_id = k.task_id`,
      [taskId],
    );
  return row ?? { creatorId: null, assigneeId: null, title: null };
}
