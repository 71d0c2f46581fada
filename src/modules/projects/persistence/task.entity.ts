import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { TaskStatus } from '../domain/task-status';
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from '../domain/text-limits';

@Entity({ schema: 'projects', name: 'tasks' })
@Check('task_status_is_known', `"status" IN ('open', 'done')`)
// Task lists page through a project by position, optionally filtered by status or assignee.
@Index('tasks_by_project', ['projectId', 'position'])
@Index('tasks_by_project_and_status', ['projectId', 'status', 'position'])
@Index('tasks_by_project_and_assignee', ['projectId', 'assigneeId', 'position'])
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'varchar', length: TASK_TITLE_MAX })
  title!: string;

  @Column({ type: 'varchar', length: TASK_DESCRIPTION_MAX, nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: TaskStatus;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  /**
   * Keyset for pagination: unique, never reused or updated, and increasing with insertion, so a
   * page boundary stays put while tasks are added. (A bigint string, as pg returns int8.)
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  position!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
