import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

import type { ConnectionState } from '../domain/connection-state';

/** A workspace's Slack incoming webhook. The URL is a secret: no answer and no log line shows it. */
@Entity({ schema: 'notifications', name: 'slack_connections' })
@Check('slack_connection_state_is_known', `"state" IN ('active', 'broken')`)
export class SlackConnectionEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'slack_connections_pkey',
  })
  workspaceId!: string;

  /**
   * New on every connect: a job that got Slack's refusal marks only the connection it used as
   * broken, never one an admin made since.
   */
  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId!: string;

  // Sealed (SecretBox): longer than the URL itself, hence text; the URL's own limit is checked on
  // input (SLACK_WEBHOOK_URL_MAX, domain/slack-webhook-url.ts).
  @Column({ name: 'webhook_url', type: 'text' })
  webhookUrl!: string;

  @Column({ type: 'varchar', length: 8 })
  state!: ConnectionState;

  /** Slack's answer that broke it, e.g. `404 no_service`. */
  @Column({ name: 'broken_reason', type: 'varchar', length: 300, nullable: true })
  brokenReason!: string | null;

  @Column({ name: 'broken_at', type: 'timestamptz', nullable: true })
  brokenAt!: Date | null;

  @Column({ name: 'connected_by', type: 'uuid' })
  connectedBy!: string;

  @Column({ name: 'connected_at', type: 'timestamptz' })
  connectedAt!: Date;

  @Column({ name: 'last_delivered_at', type: 'timestamptz', nullable: true })
  lastDeliveredAt!: Date | null;
}
