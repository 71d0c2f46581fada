import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { DeliveryStatus } from '../domain/delivery-status';

/** One event for one endpoint, and the log of trying to deliver it. */
@Entity({ schema: 'webhooks', name: 'deliveries' })
@Check('delivery_status_is_known', `"status" IN ('pending', 'delivered', 'failed')`)
@Index('deliveries_once_per_endpoint_and_event', ['endpointId', 'eventId'], { unique: true })
@Index('deliveries_by_endpoint', ['endpointId', 'createdAt'])
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId!: string;

  /** Also the `webhook-id` header: receivers deduplicate on it. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 200 })
  eventType!: string;

  /** The body sent, exactly: signatures cover these bytes. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: DeliveryStatus;

  /** HTTP attempts made (circuit-open waits are not attempts). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** Index into the retry schedule of the next failure's wait. */
  @Column({ name: 'schedule_step', type: 'int', default: 0 })
  scheduleStep!: number;

  /** Bumped by every enqueue; a job carrying an older value is stale and does nothing. */
  @Column({ name: 'dispatch', type: 'int', default: 1 })
  dispatch!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ name: 'latency_ms', type: 'int', nullable: true })
  latencyMs!: number | null;

  @Column({ name: 'response_status', type: 'int', nullable: true })
  responseStatus!: number | null;

  /** The start of the last answer's body (at most 2 KB). */
  @Column({ name: 'response_body', type: 'varchar', length: 2048, nullable: true })
  responseBody!: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
