import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One heartbeat: the web process writes the request, the worker's job reads it (from a replica
 * once that replica has replayed it) and marks it processed: proof the whole path works.
 */
@Entity({ schema: 'system', name: 'heartbeats' })
export class HeartbeatEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'job_id', type: 'varchar', length: 64, unique: true })
  jobId!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'processed_by', type: 'varchar', length: 255, nullable: true })
  processedBy!: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
