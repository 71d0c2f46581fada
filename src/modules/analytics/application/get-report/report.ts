/** Cycle time percentiles in hours (Postgres percentile_cont: linear interpolation). */
export interface CycleTimeHours {
  p50: number;
  p90: number;
  p99: number;
}

export interface Completions {
  completed: number;
  /** Over the completed tasks whose creation analytics knows; null when there is none. */
  cycleTimeHours: CycleTimeHours | null;
}

/**
 * GET /analytics/reports: tasks completed over the last `days` UTC days, today included, from the
 * task read model (docs/ANALYTICS.md, "Reports"). Served from a replica that has the caller's writes.
 */
export interface TaskReport {
  workspaceId: string;
  days: number;
  /** First and last day covered (UTC dates); the window runs from the start of `from` to now. */
  from: string;
  to: string;
  /** The newest event time the read model holds for this workspace (null: none yet). */
  asOf: string | null;
  totals: Completions;
  /** Every day of the window, ascending, zeros included. */
  daily: { day: string; completed: number }[];
  /** Most completions first. */
  projects: ({ projectId: string } & Completions)[];
  /** Most completions first; assigneeId null: completed while unassigned. */
  assignees: ({ assigneeId: string | null } & Completions)[];
}
