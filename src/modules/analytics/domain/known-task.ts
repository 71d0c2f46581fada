import type { ActivityLogDraft } from './activity-log-entry';

/** What earlier entries of the log say about a task: its project and title, as last logged. */
export interface KnownTask {
  readonly projectId: string | null;
  readonly title: string | null;
}

/**
 * Whether a draft needs the task's earlier entries: task events without a title (assigned,
 * completed …) or without a project (attachment ready) read better with them.
 */
export function needsKnownTask(draft: ActivityLogDraft): draft is ActivityLogDraft & {
  taskId: string;
} {
  return (
    draft.taskId !== null &&
    (draft.projectId === null || (draft.subjectType === 'task' && !('title' in draft.summary)))
  );
}

/**
 * The draft completed from the task's earlier entries: the project when the event has none, and
 * the last logged title on task entries (so "completed" reads "completed «Ship it»"). A task the
 * log has never seen (its entries expired, or it predates the log) stays as the event told it.
 */
export function withKnownTask(draft: ActivityLogDraft, known: KnownTask | null): ActivityLogDraft {
  if (!known) return draft;
  const title =
    draft.subjectType === 'task' && !('title' in draft.summary) && known.title !== null
      ? { title: known.title }
      : {};
  return {
    ...draft,
    projectId: draft.projectId ?? known.projectId,
    summary: { ...title, ...draft.summary },
  };
}
