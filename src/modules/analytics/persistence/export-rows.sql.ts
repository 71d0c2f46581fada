/** A completed task as the CSV export lists it; timestamps as UTC ISO-8601 with microseconds. */
export interface ExportRow {
  day: string;
  task_id: string;
  project_id: string;
  assignee_id: string | null;
  created_at: string | null;
  completed_at: string;
  /** completed_at − created_at in hours, rounded to 4 decimals; null when creation is unknown. */
  cycle_hours: number | null;
}

/** The first keyset position: before every row. */
export const FIRST_EXPORT_KEY = {
  completedAt: '-infinity',
  taskId: '00000000-0000-0000-0000-000000000000',
};

/**
 * One batch of the CSV export: completions of workspace $1 in [$2, $3] after the keyset position
 * ($4 completed_at, $5 task_id), in (completed_at, task_id) order, at most $6 rows. The range scan
 * uses the partial index task_facts_completed_in_workspace. completed_at is printed with
 * microseconds, so the last row's text is an exact next position (a JS Date would drop them).
 */
export const EXPORT_ROWS_AFTER = `
SELECT to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
       task_id, project_id, assignee_id,
       to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at,
       to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS completed_at,
       round((extract(epoch FROM completed_at - created_at) / 3600)::numeric, 4)::float8 AS cycle_hours
  FROM analytics.task_facts
 WHERE workspace_id = $1 AND completed_at IS NOT NULL
   AND completed_at >= $2::timestamptz AND completed_at <= $3::timestamptz
   AND (completed_at, task_id) > ($4::timestamptz, $5::uuid)
 ORDER BY completed_at, task_id
 LIMIT $6`;
