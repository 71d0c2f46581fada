import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import type { ActivitySubjectType, ActivitySummary } from '../domain/activity-log-entry';

/**
 * One line of the workspace's activity log, keyed by the event it tells (a redelivery adds
 * nothing). The list pages newest first on (occurred_at, event_id); each filter has an index
 * that serves that order; the retention sweep deletes by occurred_at across workspaces.
 */
@Entity({ schema: 'analytics', name: 'activity_log' })
@Index('activity_log_by_workspace', ['workspaceId', 'occurredAt', 'eventId'])
@Index('activity_log_by_actor', ['workspaceId', 'actorId', 'occurredAt', 'eventId'])
@Index('activity_log_by_project', ['workspaceId', 'projectId', 'occurredAt', 'eventId'])
@Index('activity_log_by_task', ['workspaceId', 'taskId', 'occurredAt', 'eventId'])
@Index('activity_log_by_age', ['occurredAt'])
export class ActivityLogEntryEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'activity_log_pkey' })
  eventId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** null: the system did it (no user). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** `task.completed`: the event type without module and version. */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 30 })
  subjectType!: ActivitySubjectType;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  @Column({ type: 'jsonb' })
  summary!: ActivitySummary;

  /** The event's occurredAt, to the millisecond (what event timestamps carry), so cursors are exact. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
