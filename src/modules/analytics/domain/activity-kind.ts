/** What the activity report counts; one kind per consumed event type. */
export const ACTIVITY_KINDS = [
  'projectsCreated',
  'tasksCreated',
  'tasksAssigned',
  'tasksCompleted',
  'tasksReopened',
  'membersJoined',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export type ActivityCounts = Record<ActivityKind, number>;

export function zeroCounts(): ActivityCounts {
  return Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, 0])) as ActivityCounts;
}

/** Counters without a project (members joining) are kept under this id. */
export const NO_PROJECT = '00000000-0000-0000-0000-000000000000';
