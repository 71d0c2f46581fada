import type { EntityManager } from 'typeorm';

import { CommentNotFound } from '../domain/comments.errors';
import { TaskNotFound } from '../domain/projects.errors';

/** A comment as the API shows it, straight from SQL (no entity built in between). */
export interface CommentRow {
  id: string;
  taskId: string;
  authorId: string;
  body: string;
  mentionedUserIds: string[];
  position: string;
  createdAt: Date;
  editedAt: Date | null;
}

/** The columns of a CommentRow, for the statements here and the page read. */
export const COMMENT_COLUMNS = `c.id, c.task_id AS "taskId", c.author_id AS "authorId", c.body,
  c.mentioned_user_ids::text[] AS "mentionedUserIds", c.position::text AS position,
  c.created_at AS "createdAt", c.edited_at AS "editedAt"`;

/** The task a comment is written on: its project (events name it) and whether that is archived. */
export interface CommentedTask {
  id: string;
  projectId: string;
  archivedAt: Date | null;
}

/**
 * The workspace's task with its project's archive state, or TaskNotFound (also for another
 * workspace's task). The project row is held FOR SHARE until the transaction ends, as a task
 * creation holds it: comments may be written side by side, but an archive waits for them.
 */
export async function commentedTaskOf(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
): Promise<CommentedTask> {
  const rows: CommentedTask[] = await manager.query(
    `SELECT t.id, t.project_id AS "projectId", p.archived_at AS "archivedAt"
       FROM projects.tasks t JOIN projects.projects p ON p.id = t.project_id
      WHERE t.id = $1 AND t.workspace_id = $2
        FOR SHARE OF p`,
    [taskId, workspaceId],
  );
  if (rows.length === 0) throw new TaskNotFound();
  return rows[0];
}

/**
 * The task's comment and the task, for a change to the comment, in one statement on the way that
 * succeeds: the comment held FOR UPDATE (concurrent edits of one comment take turns, so each
 * change is announced once) and the project FOR SHARE (as commentedTaskOf). Otherwise TaskNotFound
 * (no such task in the workspace) or CommentNotFound (also for a comment of another task, even in
 * the same workspace), told apart by one more read on that failing path only.
 */
export async function lockedCommentOf(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
  commentId: string,
): Promise<{ task: CommentedTask; comment: CommentRow }> {
  // Inner joins: Postgres cannot lock the nullable side of an outer join.
  const rows: (CommentRow & { projectId: string; archivedAt: Date | null })[] = await manager.query(
    `SELECT ${COMMENT_COLUMNS}, t.project_id AS "projectId", p.archived_at AS "archivedAt"
       FROM projects.tasks t
       JOIN projects.projects p ON p.id = t.project_id
       JOIN projects.comments c ON c.task_id = t.id AND c.workspace_id = t.workspace_id
      WHERE t.id = $1 AND t.workspace_id = $2 AND c.id = $3
        FOR SHARE OF p FOR UPDATE OF c`,
    [taskId, workspaceId, commentId],
  );
  if (rows.length === 0) {
    await commentedTaskOf(manager, workspaceId, taskId); // TaskNotFound when the task is not there
    throw new CommentNotFound();
  }
  const { projectId, archivedAt, ...comment } = rows[0];
  return { task: { id: comment.taskId, projectId, archivedAt }, comment };
}

export interface NewComment {
  workspaceId: string;
  taskId: string;
  authorId: string;
  body: string;
  mentionedUserIds: string[];
}

export async function insertComment(
  manager: EntityManager,
  comment: NewComment,
): Promise<CommentRow> {
  const rows: CommentRow[] = await manager.query(
    `INSERT INTO projects.comments AS c (workspace_id, task_id, author_id, body, mentioned_user_ids)
     VALUES ($1, $2, $3, $4, $5::uuid[])
     RETURNING ${COMMENT_COLUMNS}`,
    [comment.workspaceId, comment.taskId, comment.authorId, comment.body, comment.mentionedUserIds],
  );
  return rows[0];
}

export interface CommentTextWrite {
  body: string;
  mentionedUserIds: string[];
  editedAt: Date;
}

export async function writeCommentText(
  manager: EntityManager,
  commentId: string,
  change: CommentTextWrite,
): Promise<CommentRow> {
  const [rows]: [CommentRow[], number] = await manager.query(
    `UPDATE projects.comments AS c SET body = $1, mentioned_user_ids = $2::uuid[], edited_at = $3
      WHERE c.id = $4
      RETURNING ${COMMENT_COLUMNS}`,
    [change.body, change.mentionedUserIds, change.editedAt, commentId],
  );
  return rows[0];
}

export async function deleteComment(manager: EntityManager, commentId: string): Promise<void> {
  await manager.query(`DELETE FROM projects.comments WHERE id = $1`, [commentId]);
}

/**
 * The task's comment, read without a lock, in one statement that tells TaskNotFound (no such task
 * in the workspace) from CommentNotFound (no such comment on that task).
 */
export async function commentOf(
  manager: EntityManager,
  workspaceId: string,
  taskId: string,
  commentId: string,
): Promise<CommentRow> {
  const rows: (CommentRow | { id: null })[] = await manager.query(
    `SELECT ${COMMENT_COLUMNS} FROM projects.tasks t
       LEFT JOIN projects.comments c
         ON c.id = $3 AND c.task_id = t.id AND c.workspace_id = t.workspace_id
      WHERE t.id = $1 AND t.workspace_id = $2`,
    [taskId, workspaceId, commentId],
  );
  if (rows.length === 0) throw new TaskNotFound();
  const [row] = rows;
  if (row.id === null) throw new CommentNotFound();
  return row;
}
