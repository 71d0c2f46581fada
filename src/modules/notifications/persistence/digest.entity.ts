import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One digest, asked for by an admin or started by the weekly schedule. Its content (the count and
 * the period) is fixed when it is started, so every recipient, and every retry of the fan-out,
 * sends the same numbers. One per workspace and schedule fire time (`digests_once_per_schedule`).
 */
@Entity({ schema: 'notifications', name: 'digests' })
@Index('digests_by_workspace', ['workspaceId', 'requestedAt'])
@Index('digests_once_per_schedule', ['workspaceId', 'scheduledFor'], { unique: true })
export class DigestEntity {
  @PrimaryColumn({ name: 'digest_id', type: 'uuid', primaryKeyConstraintName: 'digests_pkey' })
  digestId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** The admin who asked; null for a digest the schedule started. */
  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  /** The schedule's fire time this digest belongs to; null for a requested digest. */
  @Column({ name: 'scheduled_for', type: 'timestamptz', nullable: true })
  scheduledFor!: Date | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  /** The first UTC day counted (inclusive); docs/NOTIFICATIONS.md says which 7 days. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'completed_tasks', type: 'integer' })
  completedTasks!: number;
}
