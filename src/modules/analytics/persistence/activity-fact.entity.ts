import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import type { ActivityKind } from '../domain/activity-kind';

/** One row per event applied: the raw material of reports, keyed by the event's id. */
@Entity({ schema: 'analytics', name: 'activity_facts' })
@Index('activity_facts_by_workspace_and_time', ['workspaceId', 'occurredAt'])
export class ActivityFactEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind!: ActivityKind;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** When the fact reached analytics: recorded_at − occurred_at is the pipeline's lag. */
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
