import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A digest's mail to one member has been handed to the email queue (as job `mail_job_id`). A
 * retried fan-out skips the members recorded here; see docs/NOTIFICATIONS.md, "Exactly one mail".
 */
@Entity({ schema: 'notifications', name: 'digest_recipients' })
export class DigestRecipientEntity {
  @PrimaryColumn({
    name: 'digest_id',
    type: 'uuid',
    primaryKeyConstraintName: 'digest_recipients_pkey',
  })
  digestId!: string;

  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'digest_recipients_pkey',
  })
  userId!: string;

  @Column({ name: 'mail_job_id', type: 'varchar', length: 128 })
  mailJobId!: string;

  @Column({ name: 'enqueued_at', type: 'timestamptz' })
  enqueuedAt!: Date;
}
