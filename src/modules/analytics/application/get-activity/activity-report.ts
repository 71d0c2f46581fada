import type { ActivityCounts } from '../../domain/activity-kind';

/** GET /analytics/activity: counts over the last `days` UTC days, today included. */
export interface ActivityReport {
  workspaceId: string;
  days: number;
  /** First and last day covered (UTC dates). */
  from: string;
  to: string;
  /**
   * The newest event reflected here (null: none yet). The report is eventually consistent: an event
   * reaches analytics shortly after its commit (typically well under a second, see
   * docs/EVENTS.md), so `asOf` can trail the latest change by that much.
   */
  asOf: string | null;
  totals: ActivityCounts;
  daily: ({ day: string } & ActivityCounts)[];
  projects: ({ projectId: string } & ActivityCounts)[];
}
