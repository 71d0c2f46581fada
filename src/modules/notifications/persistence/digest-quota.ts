import type { EntityManager } from 'typeorm';

import { utcDayBounds } from '../domain/digest-period';
import { TooManyDigestsToday } from '../domain/notifications.errors';

/**
 * DIGESTS_PER_DAY (docs/NOTIFICATIONS.md, "Quota"): digests a workspace may request per UTC day,
 * counted from its own digest rows in the requesting transaction. The advisory lock serialises
 * requests of one workspace until commit, so concurrent requests on any instance cannot exceed the
 * limit; a hash collision only makes two workspaces wait for each other. Digests the weekly
 * schedule started do not count: the quota bounds what admins can ask for.
 */
export async function claimDigestOfDay(
  manager: EntityManager,
  workspaceId: string,
  limit: number,
  now: Date,
): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('notifications.digests-per-day'), hashtext($1))`,
    [workspaceId],
  );
  const { start, next } = utcDayBounds(now);
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM notifications.digests
      WHERE workspace_id = $1 AND scheduled_for IS NULL
        AND requested_at >= $2 AND requested_at < $3`,
    [workspaceId, start.toISOString(), next.toISOString()],
  );
  if (count >= limit) {
    throw new TooManyDigestsToday(limit, count, (next.getTime() - now.getTime()) / 1000);
  }
}
