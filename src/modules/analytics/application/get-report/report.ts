import { ApiProperty } from '@nestjs/swagger';

const HOURS = 'Hours from creation to completion';

/** Cycle time percentiles in hours (Postgres percentile_cont: linear interpolation). */
export class CycleTimeHours {
  @ApiProperty({ example: 18.5, description: `${HOURS}, median` })
  p50!: number;

  @ApiProperty({ example: 71.25, description: `${HOURS}, 90th percentile` })
  p90!: number;

  @ApiProperty({ example: 140.9, description: `${HOURS}, 99th percentile` })
  p99!: number;
}

export class Completions {
  @ApiProperty({ type: 'integer', example: 23, minimum: 0 })
  completed!: number;

  /** Over the completed tasks whose creation analytics knows; null when there is none. */
  @ApiProperty({
    type: CycleTimeHours,
    nullable: true,
    description: 'Over the completed tasks whose creation analytics knows; null when there is none',
  })
  cycleTimeHours!: CycleTimeHours | null;
}

export class DailyCompletions {
  @ApiProperty({ example: '2026-03-14', format: 'date', description: 'UTC day' })
  day!: string;

  @ApiProperty({ type: 'integer', example: 4, minimum: 0 })
  completed!: number;
}

export class ProjectCompletions extends Completions {
  @ApiProperty({ example: '0b5c3f3e-8f5d-4a59-9a4e-2a64f3f1c0d7', format: 'uuid' })
  projectId!: string;
}

export class AssigneeCompletions extends Completions {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '9d2f6c1a-3b7e-4e0f-8a41-6c5d2e7f8a90',
    description: 'null: completed while unassigned',
  })
  assigneeId!: string | null;
}

/**
 * GET /analytics/reports: tasks completed over the last `days` UTC days, today included, from the
 * task read model (docs/ANALYTICS.md, "Reports"). Served from a replica that has the caller's writes.
 */
export class TaskReport {
  @ApiProperty({ example: '5f0c8a52-2f7e-4a57-9a55-0d3c2b1e9f10', format: 'uuid' })
  workspaceId!: string;

  @ApiProperty({ type: 'integer', example: 30, description: 'UTC days covered, today included' })
  days!: number;

  /** First and last day covered (UTC dates); the window runs from the start of `from` to now. */
  @ApiProperty({
    example: '2026-02-13',
    format: 'date',
    description: 'First UTC day; the window runs from its start to now',
  })
  from!: string;

  @ApiProperty({ example: '2026-03-14', format: 'date', description: 'Last UTC day (today)' })
  to!: string;

  /** The newest event time the read model holds for this workspace (null: none yet). */
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-03-14T09:26:53.412Z',
    description: 'The newest event time the read model holds for this workspace (null: none yet)',
  })
  asOf!: string | null;

  @ApiProperty({ type: Completions })
  totals!: Completions;

  /** Every day of the window, ascending, zeros included. */
  @ApiProperty({
    type: [DailyCompletions],
    description: 'Every day of the window, ascending, zeros included',
  })
  daily!: DailyCompletions[];

  /** Most completions first. */
  @ApiProperty({ type: [ProjectCompletions], description: 'Most completions first' })
  projects!: ProjectCompletions[];

  /** Most completions first; assigneeId null: completed while unassigned. */
  @ApiProperty({ type: [AssigneeCompletions], description: 'Most completions first' })
  assignees!: AssigneeCompletions[];
}
