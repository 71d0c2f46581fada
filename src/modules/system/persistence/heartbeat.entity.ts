import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row the worker writes on the primary for each heartbeat job: proof the whole path works. */
@Entity({ schema: 'system', name: 'heartbeats' })
export class HeartbeatEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'job_id', type: 'varchar', length: 64, unique: true })
  jobId!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'processed_by', type: 'varchar', length: 255 })
  processedBy!: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}
