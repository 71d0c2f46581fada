import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The current state of one task as analytics knows it, fed by task events (RecordTaskFactsConsumer).
 * Timestamps come from the events, never from the clock of the worker that applied them.
 */
@Entity({ schema: 'analytics', name: 'task_facts' })
// Partial: the report only ever looks at completed tasks of one workspace in a time window.
@Index('task_facts_completed_in_workspace', ['workspaceId', 'completedAt'], {
  where: 'completed_at IS NOT NULL',
})
// The report's asOf (the newest event time of one workspace) reads these two instead of a scan.
@Index('task_facts_state_changed_in_workspace', ['workspaceId', 'stateChangedAt'])
@Index('task_facts_created_in_workspace', ['workspaceId', 'createdAt'])
export class TaskFactEntity {
  // Postgres' default name for `task_id uuid PRIMARY KEY`, so that entity and migration agree.
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'task_facts_pkey' })
  taskId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  /** occurredAt of task.created; null until that event arrives (ordering is best effort). */
  @Column({ name: 'created_at', type: 'timestamptz', nullable: true })
  createdAt!: Date | null;

  /** Set by task.completed (its payload's completedAt), cleared by task.reopened. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** occurredAt of the newest assigned/completed/reopened event applied: older ones are ignored. */
  @Column({ name: 'state_changed_at', type: 'timestamptz' })
  stateChangedAt!: Date;

  /** occurredAt of the newest task.moved applied: an older move never overwrites project_id. */
  @Column({ name: 'moved_at', type: 'timestamptz', nullable: true })
  movedAt!: Date | null;

  /** Set by task.deleted or project.deleted: the row stays as a tombstone, out of every report. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
