import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * "Consumer X has applied event Y", written in the same transaction as X's effect, so a redelivered
 * event finds its row and has no second effect.
 */
@Entity({ schema: 'messaging', name: 'inbox' })
@Index('inbox_by_handled_at', ['handledAt'])
export class InboxEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @CreateDateColumn({ name: 'handled_at', type: 'timestamptz' })
  handledAt!: Date;
}
