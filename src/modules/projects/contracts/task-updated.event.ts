import { IntegrationEvent } from '../../../common/contracts/integration-event';

/** The task fields an update may change; `labelIds` are workspace label ids, sorted. */
export interface TaskFieldValues {
  title: string;
  description: string | null;
  /** ISO-8601 instant, or null: no due date. */
  dueAt: string | null;
  /** IANA zone the due date was set in (for display and "due today"), or null. */
  dueTimeZone: string | null;
  /** ISO date (YYYY-MM-DD), or null. */
  startOn: string | null;
  priority: 'none' | 'low' | 'medium' | 'high' | 'urgent';
  labelIds: string[];
}

export type TaskFieldName = keyof TaskFieldValues;

/** One changed field: its value before and after. Only fields that really changed appear. */
export type TaskFieldChanges = {
  [F in TaskFieldName]?: { from: TaskFieldValues[F]; to: TaskFieldValues[F] };
};

export interface TaskUpdatedPayload {
  taskId: string;
  projectId: string;
  /** The title after the update (changed or not), so consumers never quote a stale one. */
  title: string;
  changes: TaskFieldChanges;
}

/** A task's fields changed (published only when at least one really changed). */
export class TaskUpdatedV1 extends IntegrationEvent<TaskUpdatedPayload> {
  static readonly TYPE = 'projects.task.updated.v1';
  readonly type = TaskUpdatedV1.TYPE;
}
