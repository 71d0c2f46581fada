import type { EntityManager } from 'typeorm';

import { lockWorkspaceQuota } from '../../../infrastructure/database/workspace-quota-lock';
import { TooManyLabels } from '../domain/projects.errors';

/**
 * LABELS_PER_WORKSPACE, checked in the creating transaction after the workspace's quota lock: a
 * label is a row every task filter and picker reads, so one tenant may not grow it without bound.
 */
export async function claimLabelSlot(
  manager: EntityManager,
  workspaceId: string,
  limit: number,
): Promise<void> {
  await lockWorkspaceQuota(manager, 'projects.labels', workspaceId);
  const [{ current }]: { current: number }[] = await manager.query(
    'SELECT count(*)::int AS current FROM projects.labels WHERE workspace_id = $1',
    [workspaceId],
  );
  if (current >= limit) throw new TooManyLabels(limit, current);
}
