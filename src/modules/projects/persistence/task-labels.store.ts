import type { EntityManager } from 'typeorm';

import { UnknownLabel } from '../domain/projects.errors';

/**
 * Refuses label ids that are not the workspace's (UnknownLabel, 400: another workspace's ids
 * reveal nothing). The labels are held FOR KEY SHARE until the transaction ends, so a label cannot
 * be deleted between this check and the insert; callers check labels before locking the task, the
 * order the label deletion also takes (label, then its tasks), so the two never deadlock.
 */
export async function assertLabelsOfWorkspace(
  manager: EntityManager,
  workspaceId: string,
  labelIds: readonly string[],
): Promise<void> {
  if (labelIds.length === 0) return;
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM projects.labels WHERE workspace_id = $1 AND id = ANY($2::uuid[])
      ORDER BY id FOR KEY SHARE`,
    [workspaceId, labelIds],
  );
  if (rows.length !== new Set(labelIds).size) throw new UnknownLabel();
}

/** Gives the task exactly `labelIds`: one statement removes the others and adds the missing. */
export async function replaceTaskLabels(
  manager: EntityManager,
  taskId: string,
  labelIds: readonly string[],
): Promise<void> {
  await manager.query(
    `WITH removed AS (
       DELETE FROM projects.task_labels WHERE task_id = $1 AND label_id <> ALL($2::uuid[])
     )
     INSERT INTO projects.task_labels (task_id, label_id)
       SELECT $1, label_id FROM unnest($2::uuid[]) AS label_id
     ON CONFLICT DO NOTHING`,
    [taskId, labelIds],
  );
}
