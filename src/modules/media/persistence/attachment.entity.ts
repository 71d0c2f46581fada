import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import type { ImageSize } from '../contracts/attachment-ready.event';
import type { AttachmentStatus } from '../domain/attachment-status';

export interface AttachmentVariants {
  original: ImageSize;
  thumbnail: ImageSize & { size: number };
  preview: ImageSize & { size: number };
}

/**
 * A file attached to a task (an image gets variants). `task_id` is projects' id, held without a
 * foreign key: media may not read projects' tables; it accepts uploads for tasks in
 * media.known_tasks (docs/MEDIA.md, "Which tasks").
 */
@Entity({ schema: 'media', name: 'attachments' })
@Check('attachment_status_is_known', `"status" IN ('pending', 'processing', 'ready', 'failed')`)
@Index('attachments_by_task', ['workspaceId', 'taskId', 'createdAt'])
// Partial: the sweep of uploads never completed looks only at pending rows, oldest first.
@Index('attachments_pending_by_age', ['createdAt'], { where: `status = 'pending'` })
export class AttachmentEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'attachments_pkey' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** As announced while pending; what the bytes are from processing on (domain/content-type.ts). */
  @Column({ name: 'content_type', type: 'varchar', length: 255 })
  contentType!: string;

  /** Bytes: as announced while pending, as stored from processing on. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: AttachmentStatus;

  @Column({ name: 'job_id', type: 'varchar', length: 64, nullable: true })
  jobId!: string | null;

  @Column({ name: 'failure_reason', type: 'varchar', length: 500, nullable: true })
  failureReason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  variants!: AttachmentVariants | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'upload_expires_at', type: 'timestamptz', nullable: true })
  uploadExpiresAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
