import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import type { TaskStatus } from '../domain/task-status';
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from '../domain/text-limits';

/** tasks.search; 'simple': no stemming, no stop words, right for any language (ADR 0021). */
export const TASK_SEARCH_EXPRESSION =
  `setweight(to_tsvector('simple', "title"), 'A') || ` +
  `setweight(to_tsvector('simple', coalesce("description", '')), 'B')`;

@Entity({ schema: 'projects', name: 'tasks' })
@Check('task_status_is_known', `"status" IN ('open', 'done')`)
@Check('task_priority_is_known', `"priority" BETWEEN 0 AND 4`)
@Check('task_due_at_has_zone', `("due_at" IS NULL) = ("due_time_zone" IS NULL)`)
// Task lists page through a project by position, optionally filtered by status or assignee.
@Index('tasks_by_project', ['projectId', 'position'])
@Index('tasks_by_project_and_status', ['projectId', 'status', 'position'])
@Index('tasks_by_project_and_assignee', ['projectId', 'assigneeId', 'position'])
// The workspace task view (persistence/task-view.read.ts) walks a workspace in the order of its
// sort, one index per sort key, the id as tiebreaker: no sort step, a page reads `limit` rows.
@Index('tasks_view_by_due', ['workspaceId', 'dueAt', 'id'])
// `-due`: latest first, yet undated tasks still last, an order the index above cannot give backwards.
@Index('tasks_view_by_due_desc', { synchronize: false })
@Index('tasks_view_by_priority', ['workspaceId', 'priority', 'id'])
@Index('tasks_view_by_updated', ['workspaceId', 'updatedAt', 'id'])
@Index('tasks_view_by_created', ['workspaceId', 'createdAt', 'id'])
// "My tasks" (assigneeId, often `me`) by due date: a member's tasks are a small slice of a workspace.
@Index('tasks_view_by_assignee', ['workspaceId', 'assigneeId', 'dueAt', 'id'])
// Full-text search (q): a GIN index over the generated column below.
@Index('tasks_search', { synchronize: false })
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

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** The IANA zone dueAt was set in; present exactly when dueAt is (the check above). */
  @Column({ name: 'due_time_zone', type: 'varchar', length: 64, nullable: true })
  dueTimeZone!: string | null;

  /** A calendar date (`YYYY-MM-DD`), which TypeORM hands over as a string, never a Date. */
  @Column({ name: 'start_on', type: 'date', nullable: true })
  startOn!: string | null;

  /** The rank of domain/task-priority.ts (0 none … 4 urgent), so that priority sorts. */
  @Column({ type: 'smallint', default: 0 })
  priority!: number;

  /**
   * The words of title (weight A) and description (weight B) for full-text search, kept by
   * Postgres itself on every write (docs/adr/0021-task-search.md); never read by the application.
   */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: TASK_SEARCH_EXPRESSION,
  })
  search?: string;

  /**
   * The row's version, the ETag of the task (docs/API.md, "Conditional updates"). A trigger
   * (migration 1795580000001) raises it on every UPDATE, so no write path can forget it;
   * VersionColumn makes TypeORM read the new value back from its UPDATE … RETURNING.
   */
  @VersionColumn({ default: 1 })
  version!: number;
}
