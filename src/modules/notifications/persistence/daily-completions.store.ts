import type { EntityManager } from 'typeorm';

import type { DigestPeriod } from '../domain/digest-period';

export async function countCompletion(
  manager: EntityManager,
  completion: { workspaceId: string; day: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO notifications.daily_completions (workspace_id, day, completed) VALUES ($1, $2, 1)
     ON CONFLICT (workspace_id, day)
     DO UPDATE SET completed = notifications.daily_completions.completed + 1`,
    [completion.workspaceId, completion.day],
  );
}

export async function completionsIn(
  manager: EntityManager,
  workspaceId: string,
  period: DigestPeriod,
): Promise<number> {
  const [row] = await manager.query(
    `SELECT coalesce(sum(completed), 0)::int AS total FROM notifications.daily_completions
      WHERE workspace_id = $1 AND day BETWEEN $2 AND $3`,
    [workspaceId, period.start, period.end],
  );
  return row.total;
}
