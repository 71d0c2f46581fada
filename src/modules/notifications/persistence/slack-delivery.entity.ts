import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per completion event Slack accepted. A job that runs again for a delivered event (its
 * attempt outlived its lock, or it was enqueued twice) finds the row and sends nothing.
 */
@Entity({ schema: 'notifications', name: 'slack_deliveries' })
export class SlackDeliveryEntity {
  @PrimaryColumn({
    name: 'event_id',
    type: 'uuid',
    primaryKeyConstraintName: 'slack_deliveries_pkey',
  })
  eventId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt!: Date;
}
