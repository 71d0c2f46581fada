import { ApiProperty } from '@nestjs/swagger';

import type { ActivityCounts } from '../../domain/activity-kind';

/** One count per activity kind (ACTIVITY_KINDS); `implements` keeps the two lists the same. */
export class ActivityTotals implements ActivityCounts {
  @ApiProperty({ type: 'integer', example: 2, minimum: 0 })
  projectsCreated!: number;

  @ApiProperty({ type: 'integer', example: 41, minimum: 0 })
  tasksCreated!: number;

  @ApiProperty({ type: 'integer', example: 17, minimum: 0 })
  tasksAssigned!: number;

  @ApiProperty({ type: 'integer', example: 23, minimum: 0 })
  tasksCompleted!: number;

  @ApiProperty({ type: 'integer', example: 3, minimum: 0 })
  tasksReopened!: number;

  @ApiProperty({
    type: 'integer',
    example: 1,
    minimum: 0,
    description: 'Counted for the workspace, not a project',
  })
  membersJoined!: number;
}

export class DailyActivity extends ActivityTotals {
  @ApiProperty({ example: '2026-03-14', format: 'date', description: 'UTC day' })
  day!: string;
}

export class ProjectActivity extends ActivityTotals {
  @ApiProperty({ example: '0b5c3f3e-8f5d-4a59-9a4e-2a64f3f1c0d7', format: 'uuid' })
  projectId!: string;
}

/** GET /analytics/activity: counts over the last `days` UTC days, today included. */
export class ActivityReport {
  @ApiProperty({ example: '5f0c8a52-2f7e-4a57-9a55-0d3c2b1e9f10', format: 'uuid' })
  workspaceId!: string;

  @ApiProperty({ type: 'integer', example: 30, description: 'UTC days covered, today included' })
  days!: number;

  /** First and last day covered (UTC dates). */
  @ApiProperty({ example: '2026-02-13', format: 'date', description: 'First UTC day covered' })
  from!: string;

  @ApiProperty({ example: '2026-03-14', format: 'date', description: 'Last UTC day covered' })
  to!: string;

  /**
   * The newest event reflected here (null: none yet). The report is eventually consistent: an event
   * reaches analytics shortly after its commit (typically well under a second, see
   * docs/EVENTS.md), so `asOf` can trail the latest change by that much.
   */
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-03-14T09:26:53.412Z',
    description:
      'The newest event reflected (null: none yet); eventually consistent, so it can trail ' +
      'the latest change by a moment',
  })
  asOf!: string | null;

  @ApiProperty({ type: ActivityTotals })
  totals!: ActivityTotals;

  @ApiProperty({ type: [DailyActivity], description: 'Every day of the window, ascending' })
  daily!: DailyActivity[];

  @ApiProperty({
    type: [ProjectActivity],
    description: 'Projects with activity in the window, most completions first',
  })
  projects!: ProjectActivity[];
}
