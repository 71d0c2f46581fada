import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who a task concerns, for the inbox: its creator and current assignee, fed by projects' task
 * events (notifications never reads projects' tables). `assigneeSince` is the `occurredAt` of the
 * event that set the assignee, so an older event delivered late does not undo a newer one.
 */
@Entity({ schema: 'notifications', name: 'inbox_tasks' })
export class InboxTaskEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'inbox_tasks_pkey' })
  taskId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** Null until task.created.v1 arrives (an assignment may come first). */
  @Column({ name: 'creator_id', type: 'uuid', nullable: true })
  creatorId!: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'assignee_since', type: 'timestamptz' })
  assigneeSince!: Date;
}
