/** How a row of COMPLETIONS_BY_GROUP is grouped: the whole window, or one of its breakdowns. */
export type ReportGrouping = 'total' | 'project' | 'assignee' | 'day';

export interface CompletionsRow {
  grouped_by: ReportGrouping;
  project_id: string | null;
  assignee_id: string | null;
  day: string | null;
  completed: number;
  /** [p50, p90, p99] in hours; null when no completed task of the group has a known creation. */
  cycle_hours: [number, number, number] | null;
  /** The same on every row: the newest event time in the workspace's facts. */
  as_of: Date | null;
}

/**
 * One statement, one snapshot: completions in [$2, $3] of workspace $1, in total and by project,
 * assignee and UTC day (GROUPING SETS), each with cycle-time percentiles. The range scan uses the
 * partial index task_facts_completed_in_workspace. percentile_cont interpolates linearly and skips
 * nulls, i.e. tasks whose task.created has not arrived. The `total` row exists even when nothing
 * was completed. Ordered as the report lists them: most completions first, then by id.
 */
export const COMPLETIONS_BY_GROUP = `
WITH completed AS (
  SELECT project_id, assignee_id,
         to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
         extract(epoch FROM completed_at - created_at)::float8 / 3600 AS cycle_hours
    FROM analytics.task_facts
   WHERE workspace_id = $1 AND completed_at IS NOT NULL
     AND completed_at >= $2::timestamptz AND completed_at <= $3::timestamptz
)
SELECT CASE GROUPING(project_id, assignee_id, day)
         WHEN 7 THEN 'total' WHEN 3 THEN 'project' WHEN 5 THEN 'assignee' ELSE 'day'
       END AS grouped_by,
       project_id, assignee_id, day,
       count(*)::int AS completed,
       percentile_cont(ARRAY[0.5, 0.9, 0.99]) WITHIN GROUP (ORDER BY cycle_hours) AS cycle_hours,
       -- Two subqueries rather than one greatest(max, max): each is one backward index lookup.
       -- '-infinity': rows a move or delete created before any state event (task-facts.upserts.ts).
       greatest((SELECT max(state_changed_at) FROM analytics.task_facts
                  WHERE workspace_id = $1 AND state_changed_at > '-infinity'),
                (SELECT max(created_at) FROM analytics.task_facts WHERE workspace_id = $1)) AS as_of
  FROM completed
 GROUP BY GROUPING SETS ((), (project_id), (assignee_id), (day))
 ORDER BY grouped_by, completed DESC, project_id, assignee_id NULLS LAST, day`;
