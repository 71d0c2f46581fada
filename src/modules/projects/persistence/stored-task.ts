import type { TaskEntity } from './task.entity';

/** A task as loaded for a write: the row and the ids of its labels (sorted), in one statement. */
export type StoredTask = TaskEntity & { labelIds: string[] };

/**
 * The select list of a task as the application reads it, for `t` a projects.tasks row: the same in
 * the single-task read and in the list. Dates stay text where they are dates (a JS Date of
 * `start_on` would move with the server's zone); label ids come as one sorted array.
 */
export const TASK_COLUMNS = `t.id, t.workspace_id AS "workspaceId", t.project_id AS "projectId",
  t.title, t.description, t.status, t.assignee_id AS "assigneeId", t.position::text AS position,
  t.created_by AS "createdBy", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
  t.completed_at AS "completedAt", t.due_at AS "dueAt", t.due_time_zone AS "dueTimeZone",
  t.start_on::text AS "startOn", t.priority, t.version,
  ARRAY(SELECT tl.label_id::text FROM projects.task_labels tl
         WHERE tl.task_id = t.id ORDER BY tl.label_id) AS "labelIds"`;
