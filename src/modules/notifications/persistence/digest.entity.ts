import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One digest an admin asked for. Its content (the count and the period) is fixed when it is
 * requested, so every recipient, and every retry of the fan-out, sends the same numbers.
 */
@Entity({ schema: 'notifications', name: 'digests' })
@Index('digests_by_workspace', ['workspaceId', 'requestedAt'])
export class DigestEntity {
  @PrimaryColumn({ name: 'digest_id', type: 'uuid', primaryKeyConstraintName: 'digests_pkey' })
  digestId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  /** The first UTC day counted (inclusive); the period ends with the day of `requestedAt`. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'completed_tasks', type: 'integer' })
  completedTasks!: number;
}
