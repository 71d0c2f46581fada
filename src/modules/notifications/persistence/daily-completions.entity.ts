import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Tasks completed per workspace and UTC day, counted from projects.task.completed.v1. */
@Entity({ schema: 'notifications', name: 'daily_completions' })
export class DailyCompletionsEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'daily_completions_pkey',
  })
  workspaceId!: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'daily_completions_pkey' })
  day!: string;

  @Column({ type: 'integer' })
  completed!: number;
}
