import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { IntegrationEventJson } from '../../common/contracts/integration-event';

/**
 * One event written in the same transaction as the state change it reports. The relay claims
 * pending rows in `position` order (FOR UPDATE SKIP LOCKED) and marks them published or dead.
 */
@Entity({ schema: 'messaging', name: 'outbox' })
@Index('outbox_pending', ['nextAttemptAt', 'position'], {
  where: 'published_at IS NULL AND dead_at IS NULL',
})
@Index('outbox_published', ['publishedAt'], { where: 'published_at IS NOT NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  position!: string;

  @Column({ name: 'event_id', type: 'uuid', unique: true })
  eventId!: string;

  @Column({ type: 'varchar', length: 200 })
  type!: string;

  @Column({ type: 'jsonb' })
  event!: IntegrationEventJson;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'dead_at', type: 'timestamptz', nullable: true })
  deadAt!: Date | null;
}
