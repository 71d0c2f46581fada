import type { Pool } from 'pg';

import { count } from './db';
import type { Servers, Target } from './processes';
import { waitFor } from './wait';

const PENDING = 'published_at IS NULL AND dead_at IS NULL';
const DRAIN_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 15_000; // the worker's own grace is SHUTDOWN_GRACE_MS (10 s) + 3 s

/** Outbox rows still to deliver, of one workspace (workspaceId null: of all). */
export function pendingOutbox(pool: Pool, workspaceId: string | null): Promise<number> {
  return count(
    pool,
    `SELECT count(*) FROM messaging.outbox
      WHERE ${PENDING} AND ($1::text IS NULL OR event->>'workspaceId' = $1)`,
    [workspaceId],
  );
}

/** Bounded wait until the workspace's (null: any) outbox rows are delivered; resolves whether. */
export function untilDelivered(
  pool: Pool,
  workspaceId: string | null,
  { timeoutMs = DRAIN_TIMEOUT_MS, everyMs = 50 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<boolean> {
  return waitFor(async () => (await pendingOutbox(pool, workspaceId)) === 0, {
    timeoutMs,
    everyMs,
  });
}

/** Delivery attempts that failed, for the workspace: a consumer throwing would skew the timings. */
export function failedAttempts(pool: Pool, workspaceId: string | null): Promise<number> {
  return count(
    pool,
    `SELECT count(*) FROM messaging.outbox
      WHERE event->>'workspaceId' = $1
        AND (attempts > 1 OR last_error IS NOT NULL OR dead_at IS NOT NULL)`,
    [workspaceId],
  );
}

/**
 * Leaves nothing of the bench's own behind but the workspace's history: undelivered outbox rows of
 * the workspace (only after an interruption or error; a normal run has a worker deliver them), the
 * bench consumers' table and inbox entries. Resolves the number of outbox rows deleted.
 */
export async function tidyUp(pool: Pool, workspaceId: string | null): Promise<number> {
  let deleted = 0;
  if (workspaceId) {
    const result = await pool.query(
      `DELETE FROM messaging.outbox WHERE ${PENDING} AND event->>'workspaceId' = $1`,
      [workspaceId],
    );
    deleted = result.rowCount ?? 0;
  }
  await pool.query(`DELETE FROM messaging.inbox WHERE consumer LIKE 'bench.effect-%'`);
  await pool.query('DROP TABLE IF EXISTS public.bench_effects');
  return deleted;
}

/** What became of the outbox rows a bench left. */
export interface Leftovers {
  pending: number;
  method: string;
  left?: number;
  seconds?: number;
}

/**
 * At the end: a plain worker delivers the workspace's remaining outbox rows (bounded in time), so
 * that the next user of the database does not inherit a backlog.
 */
export async function deliverLeftovers(
  bench: { pool: Pool; workspaceId: string | null; log(line: string): void; servers: Servers },
  drainTarget: Target,
): Promise<Leftovers> {
  const pending = await pendingOutbox(bench.pool, bench.workspaceId);
  if (pending === 0) return { pending, method: 'nothing left to deliver' };
  bench.log(`delivering the ${pending} outbox row(s) the bench left, with ${drainTarget.label} …`);
  const started = Date.now();
  const worker = await bench.servers.start(drainTarget);
  try {
    const done = await untilDelivered(bench.pool, bench.workspaceId, { everyMs: 200 });
    const left = done ? 0 : await pendingOutbox(bench.pool, bench.workspaceId);
    return {
      pending,
      method: done ? 'delivered by a plain worker' : 'partly delivered; the rest deleted',
      left,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await worker.stop(STOP_GRACE_MS);
  }
}
