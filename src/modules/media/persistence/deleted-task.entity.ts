import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A task projects deleted whose attachments media has yet to purge (rows and objects), written by
 * the consumer of projects.task.deleted.v1 and projects.project.deleted.v1 in its inbox transaction
 * and removed by the purge job once done (docs/MEDIA.md, "Deleted tasks"). While it exists, a late
 * projects.task.created.v1 of the same task does not make it known again.
 */
@Entity({ schema: 'media', name: 'deleted_tasks' })
@Index('deleted_tasks_by_event', ['eventId'])
export class DeletedTaskEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'deleted_tasks_pkey' })
  taskId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** The deletion event: its purge job looks for its own tasks first. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @CreateDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt!: Date;
}
