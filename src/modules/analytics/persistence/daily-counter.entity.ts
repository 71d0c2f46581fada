import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { ActivityKind } from '../domain/activity-kind';

/** Pre-aggregated counts per workspace, project (or NO_PROJECT), UTC day and kind. */
@Entity({ schema: 'analytics', name: 'daily_counters' })
export class DailyCounterEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind!: ActivityKind;

  @Column({ type: 'int', default: 0 })
  count!: number;
}
