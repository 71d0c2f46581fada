import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import {
  type ActivityCounts,
  type ActivityKind,
  NO_PROJECT,
  zeroCounts,
} from '../../domain/activity-kind';
import type { ActivityReport } from './activity-report';
import { GetActivityQuery } from './get-activity.query';

interface CounterRow {
  project_id: string;
  day: string;
  kind: ActivityKind;
  count: number;
  as_of: Date | null;
}

interface NoCounterRow {
  project_id: null;
  day: null;
  kind: null;
  count: null;
  as_of: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

@QueryHandler(GetActivityQuery)
export class GetActivityHandler implements IQueryHandler<GetActivityQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId, days } }: GetActivityQuery): Promise<ActivityReport> {
    const today = new Date();
    const from = isoDay(new Date(today.getTime() - (days - 1) * DAY_MS));
    const to = isoDay(today);
    // One statement: the freshness (`as_of`) on every row, joined to the day counters; a
    // workspace without counters still gets its one row, with null counter columns.
    const rows: (CounterRow | NoCounterRow)[] = await this.dataSource.query(
      `SELECT c.project_id, to_char(c.day, 'YYYY-MM-DD') AS day, c.kind, c.count, f.as_of
         FROM (SELECT max(occurred_at) AS as_of
                 FROM analytics.activity_facts WHERE workspace_id = $1) f
         LEFT JOIN analytics.daily_counters c
           ON c.workspace_id = $1 AND c.day BETWEEN $2::date AND $3::date`,
      [workspaceId, from, to],
    );
    const asOf = rows[0]?.as_of ?? null;

    const totals = zeroCounts();
    const daily = new Map<string, ActivityCounts>();
    for (let i = 0; i < days; i++)
      daily.set(isoDay(new Date(today.getTime() - i * DAY_MS)), zeroCounts());
    const projects = new Map<string, ActivityCounts>();
    for (const row of rows) {
      if (row.kind === null) continue; // the row of a workspace without counters
      totals[row.kind] += row.count;
      const day = daily.get(row.day);
      if (day) day[row.kind] += row.count;
      if (row.project_id === NO_PROJECT) continue;
      const project = projects.get(row.project_id) ?? zeroCounts();
      project[row.kind] += row.count;
      projects.set(row.project_id, project);
    }
    return {
      workspaceId,
      days,
      from,
      to,
      asOf: asOf ? new Date(asOf).toISOString() : null,
      totals,
      daily: [...daily]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, counts]) => ({ day, ...counts })),
      projects: [...projects]
        .sort(
          ([, a], [, b]) => b.tasksCompleted - a.tasksCompleted || b.tasksCreated - a.tasksCreated,
        )
        .map(([projectId, counts]) => ({ projectId, ...counts })),
    };
  }
}
