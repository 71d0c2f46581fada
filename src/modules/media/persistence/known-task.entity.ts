import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A task id media knows to exist in its workspace, fed by projects.task.created.v1: media may not
 * read projects' tables, yet attachments may be announced only for real tasks of the workspace
 * (docs/MEDIA.md, "Which tasks").
 */
@Entity({ schema: 'media', name: 'known_tasks' })
export class KnownTaskEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'known_tasks_pkey' })
  taskId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;
}
