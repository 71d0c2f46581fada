import type { EntityManager } from 'typeorm';

import type { ActivityLogDraft } from '../domain/activity-log-entry';
import type { KnownTask } from '../domain/known-task';

/** The envelope facts of an entry: who, where, when, and the event that told it. */
export interface EntryFacts {
  readonly eventId: string;
  readonly workspaceId: string;
  readonly actorId: string | null;
  readonly kind: string;
  readonly occurredAt: string;
}

/**
 * Adds the entry once: the event id is the key, so a redelivery that slipped past the inbox adds
 * nothing. occurred_at is cut to the millisecond, the precision cursors carry.
 */
export async function insertEntry(
  manager: EntityManager,
  facts: EntryFacts,
  draft: ActivityLogDraft,
): Promise<void> {
  await manager.query(
    `INSERT INTO analytics.activity_log
       (event_id, workspace_id, actor_id, kind, subject_type, subject_id, project_id, task_id,
        summary, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, date_trunc('milliseconds', $10::timestamptz))
     ON CONFLICT (event_id) DO NOTHING`,
    [
      facts.eventId,
      facts.workspaceId,
      facts.actorId,
      facts.kind,
      draft.subjectType,
      draft.subjectId,
      draft.projectId,
      draft.taskId,
      JSON.stringify(draft.summary),
      facts.occurredAt,
    ],
  );
}

/** The task's project and title from its latest entries that name them (one indexed statement). */
export async function knownTask(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<KnownTask | null> {
  const rows: KnownTask[] = await manager.query(
    `SELECT
       (SELECT project_id FROM analytics.activity_log
         WHERE workspace_id = $1 AND task_id = $2 AND project_id IS NOT NULL
         ORDER BY occurred_at DESC, event_id DESC LIMIT 1) AS "projectId",
       (SELECT summary->>'title' FROM analytics.activity_log
         WHERE workspace_id = $1 AND task_id = $2 AND subject_type = 'task' AND summary ? 'title'
         ORDER BY occurred_at DESC, event_id DESC LIMIT 1) AS title`,
    [workspaceId, taskId],
  );
  const [row] = rows;
  return row && (row.projectId !== null || row.title !== null) ? row : null;
}

/** A stored entry as the list reads it. */
export interface ActivityLogRow {
  eventId: string;
  actorId: string | null;
  kind: string;
  subjectType: ActivityLogDraft['subjectType'];
  subjectId: string;
  projectId: string | null;
  taskId: string | null;
  summary: ActivityLogDraft['summary'];
  occurredAt: Date;
}

export interface ActivityLogSlice {
  workspaceId: string;
  actorId?: string;
  projectId?: string;
  taskId?: string;
  /** occurred_at < before, occurred_at >= after: a half-open window. */
  before?: string;
  after?: string;
  /** The last entry of the previous page: only entries strictly older in (occurred_at, event_id). */
  olderThan?: { occurredAt: string; eventId: string };
  take: number;
}

/**
 * Up to `take` entries of the workspace, newest first, ordered on (occurred_at, event_id) so that
 * equal instants still have one order. Every condition starts with workspace_id: another
 * workspace's entries are out of reach whatever the filters say.
 */
export async function activityLogPage(
  manager: EntityManager,
  slice: ActivityLogSlice,
): Promise<ActivityLogRow[]> {
  const parameters: unknown[] = [slice.workspaceId];
  const conditions = ['workspace_id = $1'];
  const where = (condition: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    conditions.push(condition(`$${parameters.length}`));
  };
  if (slice.actorId !== undefined) where((p) => `actor_id = ${p}`, slice.actorId);
  if (slice.projectId !== undefined) where((p) => `project_id = ${p}`, slice.projectId);
  if (slice.taskId !== undefined) where((p) => `task_id = ${p}`, slice.taskId);
  if (slice.before !== undefined) where((p) => `occurred_at < ${p}::timestamptz`, slice.before);
  if (slice.after !== undefined) where((p) => `occurred_at >= ${p}::timestamptz`, slice.after);
  if (slice.olderThan !== undefined) {
    parameters.push(slice.olderThan.occurredAt);
    where(
      (p) => `(occurred_at, event_id) < ($${parameters.length - 1}::timestamptz, ${p}::uuid)`,
      slice.olderThan.eventId,
    );
  }
  parameters.push(slice.take);
  return manager.query(
    `SELECT event_id AS "eventId", actor_id AS "actorId", kind, subject_type AS "subjectType",
            subject_id AS "subjectId", project_id AS "projectId", task_id AS "taskId", summary,
            occurred_at AS "occurredAt"
       FROM analytics.activity_log
      WHERE ${conditions.join(' AND ')}
      ORDER BY occurred_at DESC, event_id DESC
      LIMIT $${parameters.length}`,
    parameters,
  );
}

/**
 * Deletes up to `batch` entries older than `retentionDays`, oldest first; answers how many. Rows
 * another sweeper holds are skipped, so two runs at once never wait on each other.
 */
export async function deleteExpiredEntries(
  manager: EntityManager,
  retentionDays: number,
  batch: number,
): Promise<number> {
  // A SELECT over the DELETE: TypeORM answers a bare DELETE with [rows, count], a SELECT with rows.
  const [{ n }]: { n: number }[] = await manager.query(
    `WITH gone AS (
       DELETE FROM analytics.activity_log
        WHERE event_id IN (
          SELECT event_id FROM analytics.activity_log
           WHERE occurred_at < now() - make_interval(days => $1)
           ORDER BY occurred_at
           LIMIT $2
             FOR UPDATE SKIP LOCKED)
        RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [retentionDays, batch],
  );
  return n;
}
