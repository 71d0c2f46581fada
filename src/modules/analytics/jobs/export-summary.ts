import type { CompletionsRow } from '../persistence/task-report.sql';

/** What the PDF shows: built from one COMPLETIONS_BY_GROUP statement (one snapshot). */
export interface ExportSummary {
  from: string;
  to: string;
  generatedAt: string;
  completed: number;
  /** Cycle time percentiles in hours over tasks with a known creation; null when none. */
  p50: number | null;
  p90: number | null;
  /** Every day of the range, ascending, zeros included. */
  daily: { day: string; completed: number }[];
  /** Top 10 each, most completions first. */
  projects: SummaryGroup[];
  assignees: SummaryGroup[];
}

export interface SummaryGroup {
  /** An id (analytics holds no names); null assignee = unassigned. */
  id: string | null;
  completed: number;
  p50: number | null;
  p90: number | null;
}

export const TOP_GROUPS = 10;

export function exportSummary(
  rows: CompletionsRow[],
  range: { from: string; to: string; days: string[] },
  generatedAt: Date,
): ExportSummary {
  const total = rows.find((row) => row.grouped_by === 'total');
  const perDay = new Map(
    rows.filter((row) => row.grouped_by === 'day').map((row) => [row.day, row.completed]),
  );
  const groups = (kind: 'project' | 'assignee') =>
    rows
      .filter((row) => row.grouped_by === kind)
      .slice(0, TOP_GROUPS)
      .map((row) => ({
        id: kind === 'project' ? row.project_id : row.assignee_id,
        completed: row.completed,
        p50: row.cycle_hours?.[0] ?? null,
        p90: row.cycle_hours?.[1] ?? null,
      }));
  return {
    from: range.from,
    to: range.to,
    generatedAt: generatedAt.toISOString(),
    completed: total?.completed ?? 0,
    p50: total?.cycle_hours?.[0] ?? null,
    p90: total?.cycle_hours?.[1] ?? null,
    daily: range.days.map((day) => ({ day, completed: perDay.get(day) ?? 0 })),
    projects: groups('project'),
    assignees: groups('assignee'),
  };
}
