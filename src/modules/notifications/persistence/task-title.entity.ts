import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Notifications' own copy of task titles, fed by projects.task.created.v1, because the completion
 * event carries no title and projects' tables are projects' business. Titles as at creation: no
 * event announces a rename (yet).
 */
@Entity({ schema: 'notifications', name: 'task_titles' })
export class TaskTitleEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'task_titles_pkey' })
  taskId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'text' })
  title!: string;
}
