import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { COMMENT_BODY_MAX } from '../domain/text-limits';
import { TaskEntity } from './task.entity';

@Entity({ schema: 'projects', name: 'comments' })
// Trimmed and non-empty is the DTO's rule; the column keeps the size whatever writes to it.
@Check('comment_body_length', `char_length("body") BETWEEN 1 AND ${COMMENT_BODY_MAX}`)
// A task's comments are read oldest first, a page at a time, by position.
@Index('comments_by_task', ['taskId', 'position'])
// Full-text search of the task view finds comments by their words (GIN, over `search`).
@Index('comments_search', { synchronize: false })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'comments_pkey' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  /**
   * Comments belong to their task: deleting the task deletes them in the same statement, without
   * an event per comment (projects.task.deleted.v1 says it all; docs/COMMENTS.md).
   */
  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'comments_task_fkey' })
  task?: TaskEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Members the body mentions, resolved when it was written; no duplicates, in order of mention. */
  @Column({ name: 'mentioned_user_ids', type: 'uuid', array: true, default: () => "'{}'" })
  mentionedUserIds!: string[];

  /**
   * The body's words for the task view's search, kept by Postgres on every write of the comment
   * (weight D: a comment match ranks below a title match; docs/adr/0021-task-search.md).
   */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `to_tsvector('simple', "body")`,
  })
  search?: string;

  /** Keyset for pagination, as tasks.position: unique, increasing, never updated. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  position!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the body last changed; null for a comment never edited. */
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;
}
