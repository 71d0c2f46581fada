import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';

import { ReplicaReads } from '../../../../infrastructure/database/replica-reads';
import { reportWindow } from '../../domain/report-window';
import { COMPLETIONS_BY_GROUP, type CompletionsRow } from '../../persistence/task-report.sql';
import { GetReportQuery } from './get-report.query';
import type { Completions, TaskReport } from './report';

/** Heavy read: runs on a replica that has replayed the reader's own writes (else the primary). */
@QueryHandler(GetReportQuery)
export class GetReportHandler implements IQueryHandler<GetReportQuery> {
  constructor(private readonly reads: ReplicaReads) {}

  async execute({ props }: GetReportQuery): Promise<TaskReport> {
    const { workspaceId, actorId, days } = props;
    const window = reportWindow(days, new Date());
    const rows = await this.reads.run({ actorId }, (manager): Promise<CompletionsRow[]> =>
      manager.query(COMPLETIONS_BY_GROUP, [
        workspaceId,
        window.start.toISOString(),
        window.end.toISOString(),
      ]),
    );
    // The rows arrive aggregated and ordered; what is left is to shape them.
    const total = rows.find((row) => row.grouped_by === 'total');
    const completedOn = new Map(
      rows.filter((row) => row.grouped_by === 'day').map((row) => [row.day, row.completed]),
    );
    return {
      workspaceId,
      days,
      from: window.from,
      to: window.to,
      asOf: total?.as_of ? new Date(total.as_of).toISOString() : null,
      totals: total ? completionsOf(total) : { completed: 0, cycleTimeHours: null },
      daily: window.days.map((day) => ({ day, completed: completedOn.get(day) ?? 0 })),
      projects: rows
        .filter((row) => row.grouped_by === 'project')
        .map((row) => ({ projectId: row.project_id as string, ...completionsOf(row) })),
      assignees: rows
        .filter((row) => row.grouped_by === 'assignee')
        .map((row) => ({ assigneeId: row.assignee_id, ...completionsOf(row) })),
    };
  }
}

function completionsOf({ completed, cycle_hours: cycle }: CompletionsRow): Completions {
  return {
    completed,
    cycleTimeHours: cycle ? { p50: cycle[0], p90: cycle[1], p99: cycle[2] } : null,
  };
}
