import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import type { ExportFormat } from '../domain/export-range';

export const EXPORT_STATUSES = ['queued', 'ready', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * One requested report export (docs/ANALYTICS.md, "Exports"). Written by the request, which
 * enqueues its job with the commit's WAL position; the job marks it ready with the stored object.
 */
@Entity({ schema: 'analytics', name: 'exports' })
@Index('exports_by_workspace', ['workspaceId', 'requestedAt'])
export class ReportExportEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'exports_pkey' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 8 })
  format!: ExportFormat;

  /** First and last UTC day covered, both included (YYYY-MM-DD). */
  @Column({ name: 'range_from', type: 'date' })
  rangeFrom!: string;

  @Column({ name: 'range_to', type: 'date' })
  rangeTo!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ExportStatus;

  /** `exports/{workspaceId}/{id}.{format}` once stored. */
  @Column({ name: 'object_key', type: 'varchar', length: 300, nullable: true })
  objectKey!: string | null;

  /** Completed tasks in the export (CSV: its data rows). */
  @Column({ type: 'int', nullable: true })
  rows!: number | null;

  /** The `reports` job that builds it (`reports.<uuid>`, followed at /v1/jobs/{jobId}). */
  @Column({ name: 'job_id', type: 'varchar', length: 100 })
  jobId!: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'ready_at', type: 'timestamptz', nullable: true })
  readyAt!: Date | null;
}
