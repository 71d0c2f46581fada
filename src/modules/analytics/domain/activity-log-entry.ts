/** What an activity log entry is about; with `subjectId` it names one thing in the workspace. */
export const ACTIVITY_SUBJECT_TYPES = [
  'member',
  'invitation',
  'project',
  'task',
  'comment',
  'label',
  'attachment',
  'slack-connection',
  'export',
] as const;
export type ActivitySubjectType = (typeof ACTIVITY_SUBJECT_TYPES)[number];

/** JSON a summary may hold: plain values only, never a nested event payload. */
export type SummaryValue =
  | string
  | number
  | boolean
  | null
  | readonly string[]
  | { readonly [key: string]: SummaryValue | undefined };
export type ActivitySummary = { readonly [key: string]: SummaryValue | undefined };

/**
 * One line of the log as an event describes it, before it is stored. `projectId` and `taskId`
 * are what the list filters on; `summary` is what a viewer may read (docs/ANALYTICS.md,
 * "Activity log": titles and names, from/to of changed fields, short excerpts, no secrets).
 */
export interface ActivityLogDraft {
  readonly subjectType: ActivitySubjectType;
  readonly subjectId: string;
  readonly projectId: string | null;
  readonly taskId: string | null;
  readonly summary: ActivitySummary;
}

/**
 * `projects.task.completed.v1` → `task.completed`: the event type without module and version, so
 * a v2 of an event logs under the same kind.
 */
export function activityKindOf(eventType: string): string {
  return eventType.split('.').slice(1, -1).join('.');
}
