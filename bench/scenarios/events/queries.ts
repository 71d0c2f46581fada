import type { Pool } from 'pg';

import { count } from '../../lib/db';

/**
 * Commit → consumer latency of every task completion of a project that analytics has recorded, in
 * ms: recorded_at (now() in the consumer's transaction) − occurred_at (stamped by the web handler).
 */
export async function completionLags(
  pool: Pool,
  workspaceId: string,
  projectId: string,
): Promise<number[]> {
  const { rows } = await pool.query<{ ms: string }>(
    `SELECT extract(epoch FROM recorded_at - occurred_at) * 1000 AS ms
       FROM analytics.activity_facts
      WHERE workspace_id = $1 AND project_id = $2 AND kind = 'tasksCompleted'`,
    [workspaceId, projectId],
  );
  return rows.map((row) => Number(row.ms));
}

/** Rows the bench consumers wrote for a project's completions (3 per event when all applied). */
export function benchEffects(pool: Pool, projectId: string): Promise<number> {
  return count(
    pool,
    `SELECT count(*) FROM public.bench_effects e
       JOIN messaging.outbox o ON o.event_id = e.event_id
      WHERE o.event->'payload'->>'projectId' = $1`,
    [projectId],
  );
}
