import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Notifications' own copy of task titles, because the completion event carries no title and
 * projects' tables are projects' business. Fed by task.created and kept current by task.updated;
 * task.deleted and project.deleted remove the rows (RecordTaskTitleConsumer).
 */
@Entity({ schema: 'notifications', name: 'task_titles' })
export class TaskTitleEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'task_titles_pkey' })
  taskId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'text' })
  title!: string;

  /**
   * occurredAt of the event the title comes from: an older one never replaces it (delivery is
   * at-least-once and ordering best effort). Null for titles stored before renames were followed.
   */
  @Column({ name: 'title_changed_at', type: 'timestamptz', nullable: true })
  titleChangedAt!: Date | null;
}
